import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RosterPreviewView } from "@/components/office/queues/RosterPreviewView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { assistanceCodes } from "@/lib/rules";
import { previewRosterUpload } from "@/lib/services/office/rosters";
import { requireStaff } from "@/lib/web/require-staff";
import { doneStep, orNotFound, type SearchParams } from "../../queue-page";
import { applyRosterAction } from "../actions";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: SearchParams };

const APPLY_REFUSALS = ["invalid-rows", "already-applied", "unknown-pack", "role", "region", "not-found"] as const;
const count = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,7}$/.test(value) ? Number(value) : null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeQueues.rosters" });
  return { title: t("title") };
}

export default async function RosterPreviewPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, "clerk");
  const { preview } = orNotFound(await previewRosterUpload(await getDb(), actor, id, today()));
  const query = await searchParams;
  const added = count(query.added);
  const removed = count(query.removed);
  const refusal = doneStep(APPLY_REFUSALS, query.refused);
  const t = await getTranslations("officeQueues.refusals");
  return (
    <RosterPreviewView
      preview={preview}
      groups={assistanceCodes(preview.packId, today()).map(({ code, label }) => ({ code, label }))}
      apply={applyRosterAction.bind(null, locale, id)}
      done={added !== null && removed !== null ? { added, removed } : null}
      refused={refusal ? t(refusal, { balance: "", amount: "" }) : null}
    />
  );
}
