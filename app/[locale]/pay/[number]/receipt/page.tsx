import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReceiptView } from "@/components/payment/ReceiptView";
import { RefundList } from "@/components/payment/RefundList";
import { ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { isValidNoticeNumber, normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { qrSvg } from "@/lib/web/qr";
import { loadReceipt } from "@/lib/services/payment/receipt";

type Props = { params: Promise<{ locale: Locale; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "payment.receipt" });
  return { title: t("title") };
}

export default async function ReceiptPage({ params }: Props) {
  const { locale, number } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isValidNoticeNumber(number)) notFound();
  const receipt = await loadReceipt(await getDb(), actor, normalizeNoticeNumber(number), today());
  if (!receipt) notFound();
  if (!receipt.paid) {
    const t = await getTranslations("payment.receipt");
    return (
      <>
        <RefundList refunds={receipt.refunds} />
        <NotificationBanner title={t("notPaidTitle")}>
          <p className="mb-3">{t("notPaid")}</p>
          <ButtonLink href={`/pay/${receipt.number}`}>{t("backToNotice")}</ButtonLink>
        </NotificationBanner>
      </>
    );
  }
  return <ReceiptView receipt={receipt} qrSvg={await qrSvg(receipt.number)} printedOn={today()} />;
}
