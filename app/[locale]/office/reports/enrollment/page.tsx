import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EnrollmentRateView } from "@/components/office/reports/EnrollmentRateView";
import { RefusalView } from "@/components/office/reports/RefusalView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { QueryParams } from "@/lib/forms/query";
import type { Locale } from "@/lib/i18n/routing";
import { enrollmentRates } from "@/lib/services/office/reports/enrollment-rate";
import { rateQuery, servedRegions } from "@/lib/web/office-reports";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<QueryParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeReports.enrollment" });
  return { title: t("title") };
}

export default async function EnrollmentRatePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale);
  const query = rateQuery(await searchParams, actor, today());
  const result = query.request ? await enrollmentRates(await getDb(), actor, query.request, today()) : null;
  if (result && !result.ok) return <RefusalView reason={result.reason} region={actor.region} />;
  return <EnrollmentRateView values={query.values} errors={query.errors} years={query.years} regions={servedRegions(actor)} report={result?.report ?? null} />;
}
