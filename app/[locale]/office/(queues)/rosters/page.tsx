import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RosterUploadView } from "@/components/office/queues/RosterUploadView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { recentRosterUploads, rosterPacks } from "@/lib/services/office/rosters";
import { requireStaff } from "@/lib/web/require-staff";
import { doneStep, type SearchParams } from "../queue-page";

type Props = { params: Promise<{ locale: Locale }>; searchParams: SearchParams };

const UPLOAD_REFUSALS = ["no-file", "too-large", "not-csv", "unknown-pack", "role", "region"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeQueues.rosters" });
  return { title: t("title") };
}

export default async function RostersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, "clerk");
  const refusal = doneStep(UPLOAD_REFUSALS, (await searchParams).refused);
  const t = await getTranslations("officeQueues.refusals");
  return (
    <RosterUploadView
      packs={rosterPacks(actor, today())}
      uploads={await recentRosterUploads(await getDb(), actor, today())}
      uploadAction={`/api/office/rosters?locale=${locale}`}
      refused={refusal ? t(refusal, { balance: "", amount: "" }) : null}
    />
  );
}
