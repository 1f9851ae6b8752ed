import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ClaimDetailView } from "@/components/office/queues/ClaimDetailView";
import { holdsRole } from "@/lib/auth/staff-actor";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { formatMoney } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { claimDetail } from "@/lib/services/office/claims";
import { QUEUE_READERS } from "@/lib/services/office/staff-scope";
import { requireStaff } from "@/lib/web/require-staff";
import { doneStep, orNotFound, refusedStep, type SearchParams } from "../../queue-page";
import { approveClaimAction, prepareClaimAction, rejectClaimAction } from "../actions";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeQueues.claims" });
  return { title: t("title") };
}

export default async function ClaimPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, ...QUEUE_READERS);
  const { detail } = orNotFound(await claimDetail(await getDb(), actor, id, today()));
  const query = await searchParams;
  const refusal = refusedStep(query.refused);
  const t = await getTranslations("officeQueues.refusals");
  const money = (fen: number | null) => formatMoney(fen ?? 0, locale);
  return (
    <ClaimDetailView
      detail={detail}
      viewer={{ staffId: actor.staffId, prepares: holdsRole(actor, "clerk") || holdsRole(actor, "reviewer"), reviews: holdsRole(actor, "reviewer") }}
      prepare={prepareClaimAction.bind(null, locale, id)}
      approve={approveClaimAction.bind(null, locale, id)}
      reject={rejectClaimAction.bind(null, locale, id)}
      done={doneStep(["prepared", "paid", "rejected"] as const, query.done)}
      refused={refusal ? t(refusal, { balance: money(detail.balanceFen), amount: money(detail.amountFen) }) : null}
    />
  );
}
