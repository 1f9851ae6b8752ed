import { getLocale, getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/TextField";
import { formatDate, formatMoney } from "@/lib/format";
import type { FieldError } from "@/lib/forms/form-state";
import { REPORT_LIMITS } from "@/lib/forms/office-reports";
import type { Locale } from "@/lib/i18n/routing";
import type { DeadlinesReport } from "@/lib/services/office/reports/notices-near-deadline";
import { ExportLinks } from "./ExportLinks";
import { filterWords } from "./field-words";
import { FilterForm } from "./FilterForm";
import { RegionField } from "./RegionField";
import { ReportHeading } from "./ReportHeading";
import { reportHref } from "./ReportsNav";
import { ReportTable } from "./ReportTable";

type Props = { values: { days: string; region: string }; errors: FieldError[]; regions: readonly string[]; report: DeadlinesReport | null };

/** Open notices due within N days, by date and district. */
export async function DeadlinesView({ values, errors, regions, report }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeReports");
  const tRegion = await getTranslations("region");
  const words = await filterWords(errors);
  const count = new Intl.NumberFormat(locale);
  return (
    <>
      <ReportHeading page="deadlines" lead={report ? t("deadlines.lead", { today: formatDate(report.today, locale), until: formatDate(report.until, locale) }) : undefined}>
        {t("deadlines.title")}
      </ReportHeading>
      <FilterForm action={`/${locale}${reportHref("deadlines")}`} errors={words.errors}>
        <TextField
          name="days"
          inputMode="numeric"
          width="short"
          label={t("filters.days")}
          hint={t("filters.daysHint", REPORT_LIMITS)}
          errorPrefix={words.errorPrefix}
          error={words.errorFor("days")}
          defaultValue={values.days}
        />
        <RegionField value={values.region} regions={regions} error={words.errorFor("region")} errorPrefix={words.errorPrefix} />
      </FilterForm>
      {report ? (
        <>
          {report.groups.length === 0 ? (
            <p className="text-lg" data-testid="deadlines-none">
              {t("deadlines.none")}
            </p>
          ) : (
            <ReportTable
              id="deadlines-table"
              caption={t("deadlines.caption", { until: formatDate(report.until, locale) })}
              headings={(["dueDate", "region", "district", "notices", "amount"] as const).map((column) => t(`columns.${column}`))}
            >
              <tbody>
                {report.groups.map((group) => (
                  <tr key={`${group.region}-${group.district}-${group.dueDate}`} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 font-semibold">
                      {formatDate(group.dueDate, locale)}
                    </th>
                    <td className="py-2 pr-4">{tRegion(group.region)}</td>
                    <td className="py-2 pr-4">{group.district}</td>
                    <td className="py-2 pr-4 text-right">{count.format(group.notices)}</td>
                    <td className="py-2 text-right">{formatMoney(group.amountFen, locale)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-ink font-bold">
                  <th scope="row" className="py-2 pr-4" colSpan={3}>
                    {t("columns.total")}
                  </th>
                  <td className="py-2 pr-4 text-right">{count.format(report.total.notices)}</td>
                  <td className="py-2 text-right">{formatMoney(report.total.amountFen, locale)}</td>
                </tr>
              </tfoot>
            </ReportTable>
          )}
          <ExportLinks tables={["deadlines"]} query={values} />
        </>
      ) : null}
    </>
  );
}
