import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PaymentsView } from "@/components/office/reports/PaymentsView";
import { RefusalView } from "@/components/office/reports/RefusalView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { QueryParams } from "@/lib/forms/query";
import type { Locale } from "@/lib/i18n/routing";
import { paymentsByDay } from "@/lib/services/office/reports/payments-by-day";
import { paymentsQuery, servedRegions } from "@/lib/web/office-reports";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<QueryParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeReports.payments" });
  return { title: t("title") };
}

export default async function PaymentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale);
  const query = paymentsQuery(await searchParams, today());
  const result = query.request ? await paymentsByDay(await getDb(), actor, query.request) : null;
  if (result && !result.ok && result.reason !== "range") return <RefusalView reason={result.reason} region={actor.region} />;
  const errors = result && !result.ok ? [{ field: "to", message: "paymentRangeInvalid" }] : query.errors;
  return <PaymentsView values={query.values} errors={errors} regions={servedRegions(actor)} report={result?.ok ? result.report : null} />;
}
