import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { PageHeading } from "@/components/ui/PageHeading";
import type { QueueFilters as Filters } from "@/lib/forms/office-queues";
import type { Locale } from "@/lib/i18n/routing";
import type { CorrectionItem } from "@/lib/services/office/corrections";
import { QueueFilters } from "./QueueFilters";
import { QueueNav } from "./QueueNav";
import { QueueTable } from "./QueueTable";

const STATUSES = ["open", "accepted", "rejected"] as const;

/** The corrections queue: open requests oldest first, with the filters. */
export async function CorrectionsListView({ items, filters, regions }: { items: CorrectionItem[]; filters: Filters; regions: string[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.corrections");
  const tCommon = await getTranslations("officeQueues.common");
  return (
    <>
      <QueueNav current="corrections" />
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <QueueFilters action={`/${locale}/office/corrections`} filters={filters} regions={regions} statuses={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      <QueueTable
        caption={t("title")}
        columns={[tCommon("person"), tCommon("district"), tCommon("status"), tCommon("age")]}
        rows={items.map((item) => ({
          key: item.id,
          href: `/office/corrections/${item.id}`,
          cells: [
            t("item", { name: item.personName, fact: t(`facts.${item.fact}`) }),
            item.district,
            t(`statuses.${item.status}`),
            <time key="at" dateTime={item.createdAt.toISOString()} title={formatInstant(item.createdAt, locale)}>
              {tCommon("ageDays", { days: item.ageDays })}
            </time>,
          ],
        }))}
      />
    </>
  );
}
