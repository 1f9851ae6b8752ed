import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChoosePersonView } from "@/components/enrollment/ChoosePersonView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { loadMyEnrollments } from "@/lib/services/enrollment/my-enrollments";
import { choosePersonAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.choose" });
  return { title: t("title") };
}

export default async function RegisterPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const people = await loadMyEnrollments(await getDb(), actor, today());
  const { error } = await searchParams;
  return <ChoosePersonView people={people} error={typeof error === "string" ? error : null} action={choosePersonAction.bind(null, locale)} />;
}
