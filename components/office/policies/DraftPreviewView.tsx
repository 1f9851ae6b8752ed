import { getLocale, getTranslations } from "next-intl/server";
import { checkTranslator } from "@/components/check/step-view";
import { formatInstant } from "@/components/payment/format-instant";
import { figureWords } from "@/components/policies/figure-words";
import { sourceLink } from "@/components/rules/reason-text";
import { PageHeading } from "@/components/ui/PageHeading";
import { ReportTable } from "../reports/ReportTable";
import { formatDate, formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { AnswerChange, PackProblem } from "@/lib/rules";
import type { DraftPreview } from "@/lib/services/office/policy-drafts";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

const th = "py-2 pr-4";

/** A draft's validation report, its diff against the pack it replaces, and whose answers change. */
export async function DraftPreviewView({ preview }: { preview: DraftPreview }) {
  const locale = (await getLocale()) as Locale;
  const t = (await getTranslations("policies.console")) as unknown as Translate;
  const tCheck = await checkTranslator();
  const tValues = (await getTranslations("policies.values")) as unknown as Translate;
  const tRegion = (await getTranslations("region")) as unknown as (key: string) => string;
  const { draft, replaces } = preview;

  const problemWords = (problem: PackProblem) =>
    t(`problems.${problem.code}`, { path: problem.path || problem.file, reason: problem.reason });
  const answerValue = (field: AnswerChange["field"], value: unknown): string => {
    if (value === null || value === undefined) return t("draft.none");
    if (typeof value === "boolean") return tValues(value ? "yes" : "no");
    if (field === "category") return tCheck(`category.${String(value)}`);
    if (field === "route") return tCheck(`result.routes.${String(value)}`);
    if (field === "period") return t(`draft.periods.${String(value)}`);
    if (typeof value === "number" && field.startsWith("contribution.")) return formatMoney(value, locale);
    if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
    return String(value);
  };

  const changedAnswers = (heading: string, result: { checked: number; changed: AnswerChange[] }, testId: string) => (
    <section aria-labelledby={`${testId}-heading`} className="mb-8">
      <h3 id={`${testId}-heading`} className="mb-2 text-xl font-bold">
        {heading}
      </h3>
      {result.changed.length === 0 ? (
        <p className="text-lg" data-testid={`${testId}-none`}>
          {t("draft.noneChanged")}
        </p>
      ) : (
        <ReportTable id={testId} caption={t("draft.changedCaption", { count: result.changed.length })} headings={[t("draft.who"), t("draft.field"), t("draft.before"), t("draft.after")]}>
          <tbody>
          {result.changed.map((change) => (
            <tr key={`${change.who}-${change.field}`} className="border-b border-line align-top">
              <th scope="row" className={`${th} font-normal`}>
                {change.who}
              </th>
              <td className={th}>{t(`draft.fields.${change.field}`)}</td>
              <td className={th}>{answerValue(change.field, change.before)}</td>
              <td className={th}>{answerValue(change.field, change.after)}</td>
            </tr>
          ))}
          </tbody>
        </ReportTable>
      )}
    </section>
  );

  const words = draft ? await figureWords(draft.described, locale) : null;
  const links = await Promise.all(preview.changes.map((change) => sourceLink((change.after ?? change.before)!.source)));

  return (
    <>
      <p className="no-print mb-4">
        <Link href="/office/policies">{t("draft.back")}</Link>
      </p>
      <PageHeading lead={t("draft.uploaded", { time: formatInstant(preview.uploadedAt, locale) })}>{t("draft.title", { file: preview.fileName })}</PageHeading>
      <p className="mb-8 max-w-prose border-l-4 border-brand pl-3 text-lg font-semibold">{t("nothingPublished")}</p>

      <section aria-labelledby="validation" className="mb-10">
        <h2 id="validation" className="mb-3 text-2xl font-bold">
          {t("draft.validHeading")}
        </h2>
        {preview.problems.length > 0 ? (
          <div role="alert" className="border-4 border-danger p-4">
            <p className="mb-2 text-lg font-semibold">{t("draft.problemsLead", { count: preview.problems.length })}</p>
            <ul className="list-disc space-y-2 pl-6 text-lg" data-testid="draft-problems">
              {preview.problems.map((problem, index) => (
                <li key={index}>
                  <span className="font-semibold">
                    {problem.line === undefined ? t("draft.problemWhereNoLine", { path: problem.path || problem.file }) : t("draft.problemWhere", { line: problem.line, path: problem.path || problem.file })}
                  </span>
                  {problemWords(problem)}
                </li>
              ))}
            </ul>
          </div>
        ) : draft ? (
          <>
            <p className="text-lg" data-testid="draft-valid">
              {t("draft.valid", { id: draft.id, region: tRegion(draft.region), year: draft.coverageYear })}
            </p>
            {draft.extends ? <p className="text-lg">{t("draft.extends", { parent: draft.extends })}</p> : null}
          </>
        ) : null}
      </section>

      {draft && !replaces && preview.problems.length === 0 ? <p className="text-lg">{t("draft.noReplaced")}</p> : null}
      {draft && replaces && words ? (
        <>
          <section aria-labelledby="diff" className="mb-10">
            <h2 id="diff" className="mb-2 text-2xl font-bold">
              {t("draft.diffHeading", { id: replaces.id })}
            </h2>
            <p className="mb-4 text-lg">{t(replaces.projected ? "draft.replacesProjected" : "draft.replacesPublished", { id: replaces.id })}</p>
            {preview.changes.length === 0 ? (
              <p className="text-lg">{t("draft.noDiff")}</p>
            ) : (
              <ReportTable id="draft-diff" caption={t("draft.diffCaption", { count: preview.changes.length })} headings={[t("draft.figure"), t("draft.before"), t("draft.after"), t("draft.source")]}>
                <tbody>
                {preview.changes.map((change, index) => (
                  <tr key={change.path} className="border-b border-line align-top" data-testid={`diff-${change.path}`}>
                    <th scope="row" className={`${th} font-normal`}>
                      {words.label(change.path)}
                      <br />
                      <code className="text-ink-soft text-base">{change.path}</code>
                    </th>
                    <td className={th}>{change.before ? `${words.value(change.path, change.before.value)} · ${t(`figures.${change.before.status}`)}` : t("draft.none")}</td>
                    <td className={th}>{change.after ? `${words.value(change.path, change.after.value)} · ${t(`figures.${change.after.status}`)}` : t("draft.none")}</td>
                    <td className={th}>
                      <Link href={links[index]!.href}>{`${links[index]!.document} ${links[index]!.clause}`}</Link>
                    </td>
                  </tr>
                ))}
                </tbody>
              </ReportTable>
            )}
          </section>
          <section aria-labelledby="residents" className="mb-10">
            <h2 id="residents" className="mb-2 text-2xl font-bold">
              {t("draft.residentsHeading")}
            </h2>
            <p className="mb-4 max-w-prose text-lg">{t("draft.sameSituation")}</p>
            {changedAnswers(t("draft.casesHeading", { count: preview.cases.checked }), preview.cases, "draft-cases")}
            {changedAnswers(t("draft.rosterHeading", { count: preview.roster.checked }), preview.roster, "draft-roster")}
          </section>
        </>
      ) : null}
    </>
  );
}
