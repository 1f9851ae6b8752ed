import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffListView } from "@/components/office/staff/StaffListView";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { listStaff } from "@/lib/services/office/staff-accounts";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.staff" });
  return { title: t("title") };
}

export default async function StaffPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, "admin");
  return <StaffListView staff={(await listStaff(await getDb(), actor)) ?? []} at={now()} />;
}
