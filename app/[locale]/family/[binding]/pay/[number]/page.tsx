import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PayConfirmView, type PayRefusal } from "@/components/family/PayConfirmView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { isValidNoticeNumber, normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { bindingForPayer } from "@/lib/services/family/my-family";
import { answerFor, payerStanding, relationOf } from "@/lib/services/family/payer-standing";
import { isUuid } from "@/lib/db/driver";
import { payFromAccountAction } from "../../../actions";

type Props = { params: Promise<{ locale: Locale; binding: string; number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const REFUSALS: PayRefusal[] = ["insufficient", "not-bound", "no-notice", "notice-closed", "no-account", "not-recorded"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "family.pay" });
  return { title: t("title") };
}

export default async function PayFromAccountPage({ params, searchParams }: Props) {
  const { locale, binding: bindingId, number } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isUuid(bindingId) || !isValidNoticeNumber(number)) notFound();
  const db = await getDb();
  const found = await bindingForPayer(db, actor.personId, bindingId, today());
  const notice = found?.notices.find((n) => n.number === normalizeNoticeNumber(number));
  if (!found || !notice || found.binding.status !== "active" || found.binding.kind !== "account-debit") notFound();
  const standing = await payerStanding(db, actor.personId, today());
  const related = await relationOf(db, actor.personId, found.beneficiaryPersonId);
  const answer = related ? answerFor(standing, related.relation, related.region) : null;
  const { refused } = await searchParams;
  return (
    <PayConfirmView
      bindingId={bindingId}
      name={found.binding.otherName}
      notice={notice}
      balanceFen={standing.employee?.balanceFen ?? 0}
      channelReasons={answer?.allowed ? answer.reasons.filter((r) => r.code.startsWith("familyAid.channel-")) : []}
      refused={notice.state === "open" ? (REFUSALS.find((r) => r === refused) ?? null) : "notice-closed"}
      pay={payFromAccountAction.bind(null, locale)}
    />
  );
}
