import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PayStartView, type StartError } from "@/components/payment/PayStartView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { loadPayables } from "@/lib/services/payment/payables";
import { issueNoticeAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const ERRORS: StartError[] = ["not-payable", "nothing-to-pay", "already-paid", "not-found", "busy", "refused"];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "payment.start" });
  return { title: t("title") };
}

export default async function PayPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const people = await loadPayables(await getDb(), actor, today());
  const { error } = await searchParams;
  return <PayStartView people={people} error={ERRORS.find((e) => e === error) ?? null} issue={issueNoticeAction.bind(null, locale)} />;
}
