import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { PageHeading } from "@/components/ui/PageHeading";
import type { QueueFilters as Filters } from "@/lib/forms/office-queues";
import type { Locale } from "@/lib/i18n/routing";
import { QueueFilters } from "./QueueFilters";
import { QueueNav, type Queue } from "./QueueNav";
import { QueueTable } from "./QueueTable";

/** One item of a queue as its list shows it: what it is, one more column, its status, and when it came in. */
export type QueueListItem = { key: string; title: string; column: string; status: string; at: Date; ageDays: number };

type Props = {
  queue: Exclude<Queue, "rosters">;
  title: string;
  lead: string;
  /** The headings of the first two columns. */
  columns: [string, string];
  statuses: { value: string; label: string }[];
  items: QueueListItem[];
  filters: Filters;
  regions: string[];
};

/** A queue's list page: the filters (a plain GET form) and the items, oldest first. */
export async function QueueListView({ queue, title, lead, columns, statuses, items, filters, regions }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.common");
  return (
    <>
      <QueueNav current={queue} />
      <PageHeading lead={lead}>{title}</PageHeading>
      <QueueFilters action={`/${locale}/office/${queue}`} filters={filters} regions={regions} statuses={statuses} />
      <QueueTable
        caption={title}
        columns={[...columns, t("status"), t("age")]}
        rows={items.map((item) => ({
          key: item.key,
          href: `/office/${queue}/${item.key}`,
          cells: [
            item.title,
            item.column,
            statuses.find((s) => s.value === item.status)?.label ?? item.status,
            <time key="at" dateTime={item.at.toISOString()} title={formatInstant(item.at, locale)}>
              {t("ageDays", { days: item.ageDays })}
            </time>,
          ],
        }))}
      />
    </>
  );
}
