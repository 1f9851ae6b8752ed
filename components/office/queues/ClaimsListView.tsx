import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format";
import type { QueueFilters } from "@/lib/forms/office-queues";
import type { Locale } from "@/lib/i18n/routing";
import type { ClaimItem } from "@/lib/services/office/claims";
import { QueueListView } from "./QueueListView";

const STATUSES = ["submitted", "prepared", "paid", "rejected"] as const;

/** The 代缴返还 queue: claims waiting to be prepared or approved, oldest first. */
export async function ClaimsListView({ items, filters, regions }: { items: ClaimItem[]; filters: QueueFilters; regions: string[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.claims");
  const tCommon = await getTranslations("officeQueues.common");
  return (
    <QueueListView
      queue="claims"
      title={t("title")}
      lead={t("lead")}
      columns={[t("payer"), tCommon("district")]}
      statuses={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      items={items.map((item) => ({
        key: item.id,
        title: t("item", { payer: item.payerName, beneficiary: item.beneficiaryName, amount: formatMoney(item.amountFen, locale) }),
        column: item.district,
        status: item.status,
        at: item.submittedAt,
        ageDays: item.ageDays,
      }))}
      filters={filters}
      regions={regions}
    />
  );
}
