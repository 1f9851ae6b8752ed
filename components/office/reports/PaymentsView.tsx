import { getLocale, getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/TextField";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatDate, formatMoney } from "@/lib/format";
import type { FieldError } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/routing";
import type { PaymentsReport } from "@/lib/services/office/reports/payments-by-day";
import { SelectField } from "../SelectField";
import { channelKey } from "./channel-key";
import { ExportLinks } from "./ExportLinks";
import { filterWords, regionOptions } from "./field-words";
import { FilterForm } from "./FilterForm";
import { ReportsNav, reportHref } from "./ReportsNav";

type Props = { values: { from: string; to: string; region: string }; errors: FieldError[]; regions: readonly string[]; report: PaymentsReport | null };

/** Payments by day and channel for a date range; refund-due money apart. */
export async function PaymentsView({ values, errors, regions, report }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeReports");
  const words = await filterWords(errors);
  const count = new Intl.NumberFormat(locale);
  return (
    <>
      <ReportsNav current="payments" />
      <PageHeading caption={t("caption")} lead={t("payments.lead")}>
        {t("payments.title")}
      </PageHeading>
      <FilterForm action={`/${locale}${reportHref("payments")}`} errors={words.errors}>
        {(["from", "to"] as const).map((field) => (
          <TextField
            key={field}
            name={field}
            type="date"
            width="short"
            className="!w-48"
            label={t(`filters.${field}`)}
            hint={t("filters.dateHint")}
            errorPrefix={words.errorPrefix}
            error={words.errorFor(field)}
            defaultValue={values[field]}
          />
        ))}
        <SelectField name="region" label={t("filters.region")} errorPrefix={words.errorPrefix} error={words.errorFor("region")} value={values.region} options={await regionOptions(regions)} />
      </FilterForm>
      {report ? (
        <>
          {report.days.length === 0 ? (
            <p className="text-lg" data-testid="payments-none">
              {t("payments.none")}
            </p>
          ) : (
            <div className="mb-6 overflow-x-auto" role="region" aria-labelledby="payments-caption" tabIndex={0}>
              <table className="w-full border-collapse text-left" data-testid="payments-table">
                <caption id="payments-caption" className="mb-2 text-left text-lg font-semibold">
                  {t("payments.caption", { from: formatDate(report.from, locale), to: formatDate(report.to, locale) })}
                </caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    {(["paidOn", "channel", "payments", "amount", "refundDue"] as const).map((column) => (
                      <th key={column} scope="col" className="py-2 pr-4">
                        {t(`columns.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
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
              </table>
            </div>
          )}
          <ExportLinks tables={["payments"]} query={values} />
        </>
      ) : null}
    </>
  );
}
