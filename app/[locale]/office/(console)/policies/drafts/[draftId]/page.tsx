import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DraftPreviewView } from "@/components/office/policies/DraftPreviewView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { previewPolicyDraft } from "@/lib/services/office/policy-drafts";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale; draftId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "policies.console" });
  return { title: t("previewHeading") };
}

/** The preview of an uploaded draft pack: reviewers and administrators; a clerk gets the console's refusal page. */
export default async function DraftPreviewPage({ params }: Props) {
  const { locale, draftId } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, "reviewer", "admin");
  const result = await previewPolicyDraft(await getDb(), actor, draftId, today());
  if (!result.ok) {
    if (result.reason === "region") redirect({ href: "/office/policies?refused=region", locale });
    notFound();
  }
  return <DraftPreviewView preview={result.preview} />;
}
