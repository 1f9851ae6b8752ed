import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatMoney } from "@/lib/format";
import type { QueueFilters as Filters } from "@/lib/forms/office-queues";
import type { Locale } from "@/lib/i18n/routing";
import type { ClaimItem } from "@/lib/services/office/claims";
import { QueueFilters } from "./QueueFilters";
import { QueueNav } from "./QueueNav";
import { QueueTable } from "./QueueTable";

const STATUSES = ["submitted", "prepared", "paid", "rejected"] as const;

/** The 代缴返还 queue: claims waiting to be prepared or approved, oldest first. */
export async function ClaimsListView({ items, filters, regions }: { items: ClaimItem[]; filters: Filters; regions: string[] }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeQueues.claims");
  const tCommon = await getTranslations("officeQueues.common");
  return (
    <>
      <QueueNav current="claims" />
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <QueueFilters action={`/${locale}/office/claims`} filters={filters} regions={regions} statuses={STATUSES.map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      <QueueTable
        caption={t("title")}
        columns={[t("payer"), tCommon("district"), tCommon("status"), tCommon("age")]}
        rows={items.map((item) => ({
          key: item.id,
          href: `/office/claims/${item.id}`,
          cells: [
            t("item", { payer: item.payerName, beneficiary: item.beneficiaryName, amount: formatMoney(item.amountFen, locale) }),
            item.district,
            t(`statuses.${item.status}`),
            <time key="at" dateTime={item.submittedAt.toISOString()} title={formatInstant(item.submittedAt, locale)}>
              {tCommon("ageDays", { days: item.ageDays })}
            </time>,
          ],
        }))}
      />
    </>
  );
}
