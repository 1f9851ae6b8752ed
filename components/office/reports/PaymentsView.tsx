import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatMoney } from "@/lib/format";
import type { FieldError } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/routing";
import type { PaymentsReport } from "@/lib/services/office/reports/payments-by-day";
import { channelKey } from "./channel-key";
import { DateRangeFields } from "./DateRangeFields";
import { ExportLinks } from "./ExportLinks";
import { filterWords } from "./field-words";
import { FilterForm } from "./FilterForm";
import { RegionField } from "./RegionField";
import { ReportHeading } from "./ReportHeading";
import { reportHref } from "./ReportsNav";
import { ReportTable } from "./ReportTable";

type Props = { values: { from: string; to: string; region: string }; errors: FieldError[]; regions: readonly string[]; report: PaymentsReport | null };

/** Payments by day and channel for a date range; refund-due money apart. */
export async function PaymentsView({ values, errors, regions, report }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeReports");
  const words = await filterWords(errors);
  const count = new Intl.NumberFormat(locale);
  return (
    <>
      <ReportHeading page="payments" lead={t("payments.lead")}>
        {t("payments.title")}
      </ReportHeading>
      <FilterForm action={`/${locale}${reportHref("payments")}`} errors={words.errors}>
        <DateRangeFields values={values} errorFor={words.errorFor} errorPrefix={words.errorPrefix} />
        <RegionField value={values.region} regions={regions} error={words.errorFor("region")} errorPrefix={words.errorPrefix} />
      </FilterForm>
      {report ? (
        <>
          {report.days.length === 0 ? (
            <p className="text-lg" data-testid="payments-none">
              {t("payments.none")}
            </p>
          ) : (
            <ReportTable
              id="payments-table"
              caption={t("payments.caption", { from: formatDate(report.from, locale), to: formatDate(report.to, locale) })}
              headings={(["paidOn", "channel", "payments", "amount", "refundDue"] as const).map((column) => t(`columns.${column}`))}
            >
              <tbody>
                {report.days.map((day) => (
                  <tr key={`${day.paidOn}-${day.channel}`} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      {formatDate(day.paidOn, locale)}
                    </th>
                    <td className="py-2 pr-4">{t("payments.channel", { provider: channelKey(day.channel) })}</td>
                    <td className="py-2 pr-4 text-right">{count.format(day.payments)}</td>
                    <td className="py-2 pr-4 text-right">{formatMoney(day.amountFen, locale)}</td>
                    <td className="py-2 text-right">{count.format(day.refundDue)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-ink font-bold">
                  <th scope="row" className="py-2 pr-4" colSpan={2}>
                    {t("columns.total")}
                  </th>
                  <td className="py-2 pr-4 text-right">{count.format(report.total.payments)}</td>
                  <td className="py-2 pr-4 text-right">{formatMoney(report.total.amountFen, locale)}</td>
                  <td className="py-2 text-right">{count.format(report.total.refundDue)}</td>
                </tr>
              </tfoot>
            </ReportTable>
          )}
          <ExportLinks tables={["payments"]} query={values} />
        </>
      ) : null}
    </>
  );
}
