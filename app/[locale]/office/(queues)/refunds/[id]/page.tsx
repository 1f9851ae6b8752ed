import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RefundDetailView } from "@/components/office/queues/RefundDetailView";
import { holdsRole } from "@/lib/auth/staff-actor";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { refundDetail } from "@/lib/services/office/refunds";
import { QUEUE_READERS } from "@/lib/services/office/staff-scope";
import { requireStaff } from "@/lib/web/require-staff";
import { doneStep, orNotFound, refusedStep, type SearchParams } from "../../queue-page";
import { approveRefundAction, prepareRefundAction, refundPaidOutAction } from "../actions";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeQueues.refunds" });
  return { title: t("title") };
}

export default async function RefundPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, ...QUEUE_READERS);
  const { item } = orNotFound(await refundDetail(await getDb(), actor, id, today()));
  const query = await searchParams;
  const refusal = refusedStep(query.refused);
  const t = await getTranslations("officeQueues.refusals");
  return (
    <RefundDetailView
      item={item}
      viewer={{ staffId: actor.staffId, prepares: holdsRole(actor, "clerk"), reviews: holdsRole(actor, "reviewer") }}
      prepare={prepareRefundAction.bind(null, locale, id)}
      approve={approveRefundAction.bind(null, locale, id)}
      paidOut={refundPaidOutAction.bind(null, locale, id)}
      done={doneStep(["prepared", "approved", "paid-out"] as const, query.done)}
      refused={refusal ? t(refusal, { balance: "", amount: "" }) : null}
    />
  );
}
