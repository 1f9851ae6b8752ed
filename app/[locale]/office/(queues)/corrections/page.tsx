import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CorrectionsListView } from "@/components/office/queues/CorrectionsListView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { queueFilters } from "@/lib/forms/office-queues";
import type { Locale } from "@/lib/i18n/routing";
import { CORRECTION_QUEUE_STATUSES, listCorrections } from "@/lib/services/office/corrections";
import { requireStaff } from "@/lib/web/require-staff";
import { orNotFound, regionsFor, type SearchParams } from "../queue-page";

type Props = { params: Promise<{ locale: Locale }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeQueues.corrections" });
  return { title: t("title") };
}

export default async function CorrectionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, "clerk");
  const filters = queueFilters(CORRECTION_QUEUE_STATUSES, await searchParams);
  const { items } = orNotFound(await listCorrections(await getDb(), actor, filters, today()));
  return <CorrectionsListView items={items} filters={filters} regions={regionsFor(actor)} />;
}
