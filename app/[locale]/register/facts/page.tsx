import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FactsView } from "@/components/enrollment/FactsView";
import { currentRegistration } from "@/lib/web/current-registration";
import type { Locale } from "@/lib/i18n/routing";
import { confirmFactsAction } from "../actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.steps" });
  return { title: t("facts") };
}

export default async function FactsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { assessment } = await currentRegistration(locale);
  const { corrected } = await searchParams;
  return <FactsView assessment={assessment} corrected={Boolean(corrected)} action={confirmFactsAction.bind(null, locale)} />;
}
