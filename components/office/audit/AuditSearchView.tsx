import { getLocale, getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/TextField";
import { formatInstant } from "@/components/payment/format-instant";
import { Button } from "@/components/ui/Button";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import type { FieldError } from "@/lib/forms/form-state";
import type { Locale } from "@/lib/i18n/routing";
import type { AuditHit, AuditPerson } from "@/lib/services/office/audit-search";
import { SelectField } from "../SelectField";
import { filterWords } from "../reports/field-words";
import { DateRangeFields } from "../reports/DateRangeFields";
import { ReportHeading } from "../reports/ReportHeading";
import { ReportTable } from "../reports/ReportTable";

export type AuditValues = { person: string; staff: string; action: string; from: string; to: string; before: string };

type Props = {
  values: AuditValues;
  errors: FieldError[];
  /** The trail's action names, for the list. */
  actions: readonly string[];
  /** The page of results, once a search has been made. */
  results: { hits: AuditHit[]; next: number | null; person: AuditPerson | null } | null;
  /** The search form's server action (it finds a person by ID number without putting the number in an address). */
  search: (data: FormData) => Promise<void>;
};

/** The audit search: criteria, then a read-only page of events, newest first, with a link to older ones. */
export async function AuditSearchView({ values, errors, actions, results, search }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeReports");
  const words = await filterWords(errors);
  const tOutcome = (outcome: string) => t("audit.outcomes", { outcome });
  const address = (before: number | null) => {
    const query = new URLSearchParams(Object.entries({ ...values, before: before === null ? "" : String(before) }).filter(([, value]) => value !== ""));
    return `/${locale}/office/audit?${query.toString()}`;
  };
  return (
    <>
      <ReportHeading page="audit" lead={t("audit.lead")}>
        {t("audit.title")}
      </ReportHeading>
      <form action={search} noValidate className="no-print mb-8 border-b border-line pb-4">
        <ErrorSummary title={t("errors.summaryTitle")} errors={words.errors} />
        <TextField name="person" autoComplete="off" label={t("audit.person")} hint={t("audit.personHint")} errorPrefix={words.errorPrefix} error={words.errorFor("person")} defaultValue={values.person} />
        <div className="flex flex-wrap items-start gap-x-8">
          <TextField name="staff" width="short" autoComplete="off" label={t("audit.staff")} errorPrefix={words.errorPrefix} error={words.errorFor("staff")} defaultValue={values.staff} />
          <SelectField
            name="action"
            label={t("audit.action")}
            errorPrefix={words.errorPrefix}
            error={words.errorFor("action")}
            value={values.action}
            options={[{ value: "", label: t("audit.anyAction") }, ...actions.map((action) => ({ value: action, label: action }))]}
          />
        </div>
        <DateRangeFields values={values} errorFor={words.errorFor} errorPrefix={words.errorPrefix} />
        <Button>{t("audit.submit")}</Button>
      </form>
      {results ? (
        <section aria-labelledby="audit-results">
          <h2 id="audit-results" className="mb-2 text-2xl font-bold">
            {t("audit.results", { count: results.hits.length })}
          </h2>
          {results.person ? (
            <p className="mb-4 text-lg" data-testid="audit-person">
              {t("audit.forPerson", { name: results.person.name, idNumber: results.person.idNumberMasked })}
            </p>
          ) : null}
          {results.hits.length ? (
            <ReportTable id="audit-table" caption={t("audit.caption")} captionHidden headings={(["at", "what", "outcome", "by", "about", "detail"] as const).map((column) => t(`audit.${column}`))}>
              <tbody>
                {results.hits.map((hit) => (
                  <tr key={hit.id} className="border-b border-line align-top" data-testid="audit-event">
                    <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
                      {formatInstant(hit.at, locale)}
                    </th>
                    <td className="py-2 pr-4 font-mono">{hit.action}</td>
                    <td className="py-2 pr-4">{tOutcome(hit.outcome)}</td>
                    <td className="py-2 pr-4 font-mono">{hit.staffNumber ?? ""}</td>
                    <td className="py-2 pr-4">{hit.person ? `${hit.person.name} ${hit.person.idNumberMasked}` : ""}</td>
                    <td className="py-2 text-base">
                      <dl>
                        {Object.entries(hit.detail).map(([key, value]) => (
                          <div key={key}>
                            <dt className="inline font-mono">{key}:</dt> <dd className="inline break-all">{String(value)}</dd>
                          </div>
                        ))}
                      </dl>
                    </td>
                  </tr>
                ))}
              </tbody>
            </ReportTable>
          ) : null}
          <p className="flex flex-wrap gap-6 text-lg">
            {/* Plain links, not prefetching ones: each page of results is a search, and audited. */}
            {values.before ? <a href={address(null)}>{t("audit.newest")}</a> : null}
            {results.next !== null ? (
              <a href={address(results.next)} rel="next">
                {t("audit.older")}
              </a>
            ) : null}
          </p>
        </section>
      ) : null}
    </>
  );
}
