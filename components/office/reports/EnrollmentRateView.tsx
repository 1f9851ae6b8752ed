import { getLocale, getTranslations } from "next-intl/server";
import { formatBasisPoints } from "@/lib/format";
import type { FieldError } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/routing";
import type { EnrollmentRateReport, RegionRates } from "@/lib/services/office/reports/enrollment-rate";
import { SelectField } from "../SelectField";
import { ExportLinks } from "./ExportLinks";
import { filterWords } from "./field-words";
import { groupLabeller } from "./group-label";
import { FilterForm } from "./FilterForm";
import { RegionField } from "./RegionField";
import { RateChart } from "./RateChart";
import { RateTable } from "./RateTable";
import { ReportHeading } from "./ReportHeading";
import { reportHref } from "./ReportsNav";
import { TargetNote } from "./TargetNote";

type Props = {
  /** What the filters hold (as typed). */
  values: { year: string; region: string };
  errors: FieldError[];
  years: number[];
  regions: readonly string[];
  /** Null while the filters are wrong. */
  report: EnrollmentRateReport | null;
};

/** 参保率 by region and district against the year's target, a chart and a table per region, the rosters apart. */
export async function EnrollmentRateView({ values, errors, years, regions, report }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeReports");
  const words = await filterWords(errors);
  const how = ["population", "registered", "paid", "covered", "apart", "silent"] as const;
  return (
    <>
      <ReportHeading page="enrollment" lead={t("enrollment.lead")}>
        {t("enrollment.title")}
      </ReportHeading>
      <FilterForm action={`/${locale}${reportHref("enrollment")}`} errors={words.errors}>
        <SelectField
          name="year"
          label={t("filters.year")}
          errorPrefix={words.errorPrefix}
          error={words.errorFor("year")}
          value={values.year}
          options={years.map((year) => ({ value: String(year), label: t("filters.yearValue", { year }) }))}
        />
        <RegionField value={values.region} regions={regions} error={words.errorFor("region")} errorPrefix={words.errorPrefix} />
      </FilterForm>
      <details className="mb-8 max-w-prose">
        <summary className="cursor-pointer text-lg font-semibold">{t("enrollment.how.title")}</summary>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {how.map((key) => (
            <li key={key}>{t(`enrollment.how.${key}`)}</li>
          ))}
        </ul>
      </details>
      {report ? (
        <>
          {await Promise.all(report.regions.map((region) => <RegionSection key={region.region} rates={region} year={report.coverageYear} locale={locale} />))}
          <ExportLinks tables={["enrollment-rate", "assisted"]} query={values} />
        </>
      ) : null}
    </>
  );
}

async function RegionSection({ rates, year, locale }: { rates: RegionRates; year: number; locale: Locale }) {
  const t = await getTranslations("officeReports");
  const tRegion = await getTranslations("region");
  const group = await groupLabeller();
  const region = tRegion(rates.region);
  const headingId = `region-${rates.region}`;
  const rated = rates.districts.filter((d) => d.rate !== null).map((d) => d.rate!);
  const targetLine = rates.target ? t("enrollment.chart.targetLine", { rate: formatBasisPoints(rates.target.value, locale) }) : null;
  const description = rated.length
    ? t("enrollment.chart.desc", {
        districts: rates.districts.length,
        lowest: formatBasisPoints(Math.min(...rated), locale),
        highest: formatBasisPoints(Math.max(...rated), locale),
        target: rates.target ? t("target.value", { rate: formatBasisPoints(rates.target.value, locale) }) : t("target.none"),
      })
    : t("enrollment.chart.descEmpty");
  return (
    <section aria-labelledby={headingId} className="mb-12" data-testid={`rates-${rates.region}`}>
      <h2 id={headingId} className="mb-2 text-2xl font-bold">
        {t("enrollment.regionHeading", { region, year })}
      </h2>
      {rates.hasPack ? null : <p className="mb-2 text-lg">{t("enrollment.noPack", { region, year })}</p>}
      <p className="mb-4 text-lg">
        <TargetNote target={rates.target} />
      </p>
      {rates.districts.length === 0 ? (
        <p className="mb-4 text-lg">{t("enrollment.noPeople", { region })}</p>
      ) : (
        <>
          <RateChart
            id={`chart-${rates.region}`}
            title={t("enrollment.chart.title", { region, year })}
            description={description}
            bars={rates.districts.map((d) => ({ label: d.district, rate: d.rate, rateText: d.rate === null ? "" : formatBasisPoints(d.rate, locale) }))}
            target={rates.target?.value ?? null}
            targetLabel={targetLine}
            tickText={(basisPoints) => formatBasisPoints(basisPoints, locale)}
            noRate={t("enrollment.chart.noRate")}
          />
          <RateTable
            caption={t("enrollment.caption", { region, year })}
            first="district"
            lines={rates.districts.map((d) => ({ key: d.district, label: d.district, counts: d, nonLocalPaid: d.nonLocalPaid }))}
            total={{ key: "total", label: t("columns.total"), counts: rates.total, nonLocalPaid: rates.total.nonLocalPaid }}
            withTargets={false}
          />
        </>
      )}
      {rates.assisted ? (
        <>
          <h3 className="mb-1 mt-8 text-xl font-bold">{t("enrollment.assisted.title")}</h3>
          <p className="mb-3 max-w-prose">{t("enrollment.assisted.lead")}</p>
          <RateTable
            caption={t("enrollment.assisted.caption", { region, year })}
            first="group"
            lines={rates.assisted.groups.map((g) => ({ key: g.group, label: group(rates.region, g.group, g.label, year), counts: g, target: g.target }))}
            total={{ key: "total", label: t("enrollment.assisted.total"), counts: rates.assisted.total }}
            withTargets
          />
        </>
      ) : null}
    </section>
  );
}
