import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RefusedView } from "@/components/office/RefusedView";
import { currentStaff } from "@/lib/auth/staff/request";
import type { Locale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.refused" });
  return { title: t("title") };
}

/** The refusal a member of staff without the role sees, answered with 403 by app/[locale]/office/forbidden/route.ts. */
export default async function RefusedPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  return <RefusedView roles={(await currentStaff())?.roles ?? []} />;
}
