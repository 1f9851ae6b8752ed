import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PackFiguresView } from "@/components/office/policies/PackFiguresView";
import { today } from "@/lib/clock";
import type { Locale } from "@/lib/i18n/routing";
import { consolePack } from "@/lib/services/office/policy-drafts";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale; packId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, packId } = await params;
  const found = consolePack(packId, today());
  if (!found) return {};
  const t = await getTranslations({ locale, namespace: "policies.console.figures" });
  const tRegion = await getTranslations({ locale, namespace: "region" });
  return { title: t("title", { region: tRegion(found.pack.region), year: found.pack.coverageYear }) };
}

/** Every figure of one pack with its clause. */
export default async function PackFiguresPage({ params }: Props) {
  const { locale, packId } = await params;
  setRequestLocale(locale);
  await requireStaff(locale);
  const found = consolePack(packId, today());
  if (!found) notFound();
  return <PackFiguresView pack={found.pack} status={found.status} figures={found.figures} />;
}
