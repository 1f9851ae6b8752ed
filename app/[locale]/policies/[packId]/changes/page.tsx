import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PolicyChangesView } from "@/components/policies/PolicyChangesView";
import { today } from "@/lib/clock";
import type { Locale } from "@/lib/i18n/routing";
import { describePack, lastYearOf, packById, residentChanges } from "@/lib/rules";

type Props = { params: Promise<{ locale: Locale; packId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, packId } = await params;
  const pack = packById(packId, today());
  if (!pack) return {};
  const t = await getTranslations({ locale, namespace: "policies.changes" });
  const tRegion = await getTranslations({ locale, namespace: "region" });
  return { title: t("title", { region: tRegion(pack.region), year: pack.coverageYear }) };
}

/** "What changed this year" for one region's pack: the figures that differ from the year before, in plain words (issue 15). */
export default async function PolicyChangesPage({ params }: Props) {
  const { locale, packId } = await params;
  setRequestLocale(locale);
  const pack = packById(packId, today());
  if (!pack) notFound();
  const previous = lastYearOf(pack, today());
  return (
    <PolicyChangesView
      pack={describePack(pack)}
      previous={describePack(previous)}
      changes={previous ? residentChanges(previous, pack) : []}
      locale={locale}
    />
  );
}
