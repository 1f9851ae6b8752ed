import { getTranslations } from "next-intl/server";
import type { QueueFilters } from "@/lib/forms/office-queues";
import type { CorrectionItem } from "@/lib/services/office/corrections";
import { QueueListView } from "./QueueListView";

const STATUSES = ["open", "accepted", "rejected"] as const;

/** The corrections queue: open requests oldest first, with the filters. */
export async function CorrectionsListView({ items, filters, regions }: { items: CorrectionItem[]; filters: QueueFilters; regions: string[] }) {
  const t = await getTranslations("officeQueues.corrections");
  const tCommon = await getTranslations("officeQueues.common");
  return (
    <QueueListView
      queue="corrections"
      title={t("title")}
      lead={t("lead")}
      columns={[tCommon("person"), tCommon("district")]}
      statuses={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      items={items.map((item) => ({ key: item.id, title: t("item", { name: item.personName, fact: t(`facts.${item.fact}`) }), column: item.district, status: item.status, at: item.createdAt, ageDays: item.ageDays }))}
      filters={filters}
      regions={regions}
    />
  );
}
