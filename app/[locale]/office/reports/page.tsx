import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReportsIndexView } from "@/components/office/reports/ReportsIndexView";
import type { Locale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeReports.index" });
  return { title: t("title") };
}

export default async function ReportsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  return <ReportsIndexView />;
}
