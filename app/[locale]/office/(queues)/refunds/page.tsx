import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RefundsListView } from "@/components/office/queues/RefundsListView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { queueFilters } from "@/lib/forms/office-queues";
import type { Locale } from "@/lib/i18n/routing";
import { listRefunds, REFUND_QUEUE_STATUSES } from "@/lib/services/office/refunds";
import { QUEUE_READERS } from "@/lib/services/office/staff-scope";
import { requireStaff } from "@/lib/web/require-staff";
import { orNotFound, regionsFor, type SearchParams } from "../queue-page";

type Props = { params: Promise<{ locale: Locale }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeQueues.refunds" });
  return { title: t("title") };
}

export default async function RefundsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, ...QUEUE_READERS);
  const filters = queueFilters(REFUND_QUEUE_STATUSES, await searchParams);
  const { items } = orNotFound(await listRefunds(await getDb(), actor, filters, today()));
  return <RefundsListView items={items} filters={filters} regions={regionsFor(actor)} />;
}
