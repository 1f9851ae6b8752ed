import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PacksView } from "@/components/office/policies/PacksView";
import { holdsRole } from "@/lib/auth/staff-actor";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { consolePacks, DRAFT_PREVIEWERS, recentPolicyDrafts } from "@/lib/services/office/policy-drafts";
import { requireStaff } from "@/lib/web/require-staff";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const REFUSALS = ["no-file", "too-large", "not-yaml", "role", "region"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "policies.console" });
  return { title: t("title") };
}

/** The policy packs in force, and the upload of a draft to preview (reviewers and administrators). */
export default async function PoliciesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale);
  const refused = (await searchParams).refused;
  const refusal = REFUSALS.find((reason) => reason === refused) ?? null;
  const t = await getTranslations("policies.console.refusals");
  return (
    <PacksView
      packs={consolePacks(today())}
      drafts={await recentPolicyDrafts(await getDb(), actor)}
      canPreview={DRAFT_PREVIEWERS.some((role) => holdsRole(actor, role))}
      uploadAction={`/api/office/policy-drafts?locale=${locale}`}
      refused={refusal ? t(refusal) : null}
    />
  );
}
