import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BindingCodeForm } from "@/components/family/BindingCodeForm";
import { BindingDetail, type BindingBanner } from "@/components/family/BindingDetail";
import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { isValidNoticeNumber, normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { bindingForPayer } from "@/lib/services/family/my-family";
import { pendingCode } from "@/lib/services/family/pending";
import { payerStanding } from "@/lib/services/family/payer-standing";
import { isUuid } from "@/lib/db/driver";
import { bindingCodeAction, claimAction } from "../actions";

type Props = { params: Promise<{ locale: Locale; binding: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const CLAIM_REFUSALS = ["not-bound", "not-paid", "already-claimed"] as const;
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "family.binding" });
  return { title: t("metaTitle") };
}

export default async function BindingPage({ params, searchParams }: Props) {
  const { locale, binding: bindingId } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isUuid(bindingId)) notFound();
  const db = await getDb();
  const found = await bindingForPayer(db, actor.personId, bindingId, today());
  if (!found) notFound();
  const query = await searchParams;
  const banner = await bannerFor(query, found.notices, found.binding.otherName, actor.personId);
  const code = found.binding.status === "pending" ? await pendingCode(db, actor.personId, bindingId, now()) : null;
  const t = await getTranslations("family");
  const tErrors = await getTranslations("family.errors");
  const tForm = await getTranslations("form");
  const codeForm = code?.codeLive ? (
    <BindingCodeForm
      action={bindingCodeAction.bind(null, locale, bindingId)}
      messages={{ codeRequired: tErrors("codeRequired"), codeFormat: tErrors("codeFormat") }}
      labels={{ summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix"), code: t("binding.code"), codeHint: t("binding.codeHint"), submit: t("binding.confirm") }}
    />
  ) : null;
  return (
    <BindingDetail
      binding={found.binding}
      notices={found.notices}
      banner={banner}
      pending={code ? { phoneMasked: code.codeLive ? code.phoneMasked : null, codeForm } : null}
      claim={claimAction.bind(null, locale)}
    />
  );

  async function bannerFor(q: Record<string, string | string[] | undefined>, notices: { number: string; amountFen: number }[], name: string, personId: string): Promise<BindingBanner | null> {
    if (q.done === "bound") return { kind: "bound" };
    if (q.claimed === "1") return { kind: "claimed" };
    if (q.claim === "too-early" && typeof q.opens === "string" && PLAIN_DATE.test(q.opens)) return { kind: "claim-refused", reason: "too-early", opensOn: q.opens };
    const refusal = CLAIM_REFUSALS.find((r) => r === q.claim);
    if (refusal) return { kind: "claim-refused", reason: refusal };
    if (typeof q.paid === "string" && isValidNoticeNumber(q.paid)) {
      const paid = notices.find((n) => n.number === normalizeNoticeNumber(q.paid as string));
      const standing = await payerStanding(db, personId, today());
      if (paid && standing.employee) return { kind: "paid", amountFen: paid.amountFen, name, balanceFen: standing.employee.balanceFen };
    }
    return null;
  }
}
