import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/format";
import type { QueueFilters } from "@/lib/forms/office-queues";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { RefundItem } from "@/lib/services/office/refunds";
import { QueueListView } from "./QueueListView";

const STATUSES = ["due", "prepared", "approved", "paid-out"] as const;

/** The refund-due queue: payments kept to refund, oldest first, each with how far its refund has come. */
export async function RefundsListView({ items, filters, regions }: { items: RefundItem[]; filters: QueueFilters; regions: string[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.refunds");
  const tCommon = await getTranslations("officeQueues.common");
  return (
    <QueueListView
      queue="refunds"
      title={t("title")}
      lead={t("lead")}
      columns={[tCommon("person"), t("reason")]}
      statuses={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))}
      items={items.map((item) => ({
        key: item.paymentId,
        title: t("item", { name: item.personName, number: formatNoticeNumber(item.noticeNumber), amount: formatMoney(item.amountFen, locale) }),
        column: t(`reasons.${item.refundReason}`),
        status: item.status,
        at: item.receivedAt,
        ageDays: item.ageDays,
      }))}
      filters={filters}
      regions={regions}
    />
  );
}
