import { getLocale, getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/TextField";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatDate, formatMoney } from "@/lib/format";
import type { FieldError } from "@/lib/forms/form-state";
import { REPORT_LIMITS } from "@/lib/forms/office-reports";
import type { Locale } from "@/lib/i18n/routing";
import type { DeadlinesReport } from "@/lib/services/office/reports/notices-near-deadline";
import { SelectField } from "../SelectField";
import { ExportLinks } from "./ExportLinks";
import { filterWords, regionOptions } from "./field-words";
import { FilterForm } from "./FilterForm";
import { ReportsNav, reportHref } from "./ReportsNav";

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
      <ReportsNav current="deadlines" />
      <PageHeading
        caption={t("caption")}
        lead={report ? t("deadlines.lead", { today: formatDate(report.today, locale), until: formatDate(report.until, locale) }) : undefined}
      >
        {t("deadlines.title")}
      </PageHeading>
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
        <SelectField name="region" label={t("filters.region")} errorPrefix={words.errorPrefix} error={words.errorFor("region")} value={values.region} options={await regionOptions(regions)} />
      </FilterForm>
      {report ? (
        <>
          {report.groups.length === 0 ? (
            <p className="text-lg" data-testid="deadlines-none">
              {t("deadlines.none")}
            </p>
          ) : (
            <div className="mb-6 overflow-x-auto" role="region" aria-labelledby="deadlines-caption" tabIndex={0}>
              <table className="w-full border-collapse text-left" data-testid="deadlines-table">
                <caption id="deadlines-caption" className="mb-2 text-left text-lg font-semibold">
                  {t("deadlines.caption", { until: formatDate(report.until, locale) })}
                </caption>
                <thead>
                  <tr className="border-b-2 border-ink">
                    {(["dueDate", "region", "district", "notices", "amount"] as const).map((column) => (
                      <th key={column} scope="col" className="py-2 pr-4">
                        {t(`columns.${column}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
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
              </table>
            </div>
          )}
          <ExportLinks tables={["deadlines"]} query={values} />
        </>
      ) : null}
    </>
  );
}
