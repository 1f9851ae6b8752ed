import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewStaffView } from "@/components/office/staff/NewStaffView";
import type { Locale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/web/require-staff";
import { createStaffAction } from "../actions";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.staff" });
  return { title: t("newTitle") };
}

export default async function NewStaffPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale, "admin");
  return <NewStaffView action={createStaffAction.bind(null, locale)} />;
}
