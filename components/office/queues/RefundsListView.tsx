import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatMoney } from "@/lib/format";
import type { QueueFilters as Filters } from "@/lib/forms/office-queues";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { RefundItem } from "@/lib/services/office/refunds";
import { QueueFilters } from "./QueueFilters";
import { QueueNav } from "./QueueNav";
import { QueueTable } from "./QueueTable";

const STATUSES = ["due", "prepared", "approved", "paid-out"] as const;

/** The refund-due queue: payments kept to refund, oldest first, each with how far its refund has come. */
export async function RefundsListView({ items, filters, regions }: { items: RefundItem[]; filters: Filters; regions: string[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.refunds");
  const tCommon = await getTranslations("officeQueues.common");
  return (
    <>
      <QueueNav current="refunds" />
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <QueueFilters action={`/${locale}/office/refunds`} filters={filters} regions={regions} statuses={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      <QueueTable
        caption={t("title")}
        columns={[tCommon("person"), t("reason"), tCommon("status"), tCommon("age")]}
        rows={items.map((item) => ({
          key: item.paymentId,
          href: `/office/refunds/${item.paymentId}`,
          cells: [
            t("item", { name: item.personName, number: formatNoticeNumber(item.noticeNumber), amount: formatMoney(item.amountFen, locale) }),
            t(`reasons.${item.refundReason}`),
            t(`statuses.${item.status}`),
            <time key="at" dateTime={item.receivedAt.toISOString()} title={formatInstant(item.receivedAt, locale)}>
              {tCommon("ageDays", { days: item.ageDays })}
            </time>,
          ],
        }))}
      />
    </>
  );
}
