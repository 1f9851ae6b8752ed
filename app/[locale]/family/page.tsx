import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FamilyView, type FamilyNotice } from "@/components/family/FamilyView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { myFamily } from "@/lib/services/family/my-family";
import { requestBindingAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, FamilyNotice> = {
  revoked: { tone: "success", key: "revoked" },
  gone: { tone: "important", key: "gone" },
  "not-related": { tone: "important", key: "not-related" },
  "already-bound": { tone: "important", key: "already-bound" },
  "not-allowed": { tone: "important", key: "not-allowed" },
  "rate-limited": { tone: "important", key: "rate-limited" },
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "family.home" });
  return { title: t("title") };
}

export default async function FamilyPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const family = await myFamily(await getDb(), actor.personId, today());
  const { done, error } = await searchParams;
  const key = typeof done === "string" ? done : typeof error === "string" ? error : "";
  return <FamilyView family={family} notice={Object.hasOwn(NOTICES, key) ? NOTICES[key]! : null} requestBinding={requestBindingAction.bind(null, locale)} />;
}
