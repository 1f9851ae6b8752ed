import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeadlinesView } from "@/components/office/reports/DeadlinesView";
import { RefusalView } from "@/components/office/reports/RefusalView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { QueryParams } from "@/lib/forms/query";
import type { Locale } from "@/lib/i18n/routing";
import { noticesNearDeadline } from "@/lib/services/office/reports/notices-near-deadline";
import { deadlinesQuery, servedRegions } from "@/lib/web/office-reports";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<QueryParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeReports.deadlines" });
  return { title: t("title") };
}

export default async function DeadlinesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale);
  const query = deadlinesQuery(await searchParams);
  const result = query.request ? await noticesNearDeadline(await getDb(), actor, query.request, today()) : null;
  if (result && !result.ok && result.reason !== "range") return <RefusalView reason={result.reason} region={actor.region} />;
  const errors = result && !result.ok ? [{ field: "days", message: "daysInvalid" }] : query.errors;
  return <DeadlinesView values={query.values} errors={errors} regions={servedRegions(actor)} report={result?.ok ? result.report : null} />;
}
