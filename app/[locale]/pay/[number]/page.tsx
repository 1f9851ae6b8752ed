import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NoticeView, type CashierReturn } from "@/components/payment/NoticeView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { isValidNoticeNumber, normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { sandboxEnabled } from "@/lib/sandbox-cashier/order";
import { loadNotice } from "@/lib/services/payment/payables";
import { payHereAction } from "../actions";

type Props = { params: Promise<{ locale: Locale; number: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const RETURNS = ["paid", "failed", "cancelled"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "payment.notice" });
  return { title: t("title") };
}

export default async function NoticePage({ params, searchParams }: Props) {
  const { locale, number } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isValidNoticeNumber(number)) notFound();
  const detail = await loadNotice(await getDb(), actor, normalizeNoticeNumber(number), today());
  if (!detail) notFound();
  const { cashier, confirm } = await searchParams;
  return (
    <NoticeView
      detail={detail}
      cashier={(RETURNS.find((r) => r === cashier) ?? null) as CashierReturn}
      confirmMissing={confirm === "missing"}
      sandbox={sandboxEnabled()}
      payHere={payHereAction.bind(null, locale)}
    />
  );
}
