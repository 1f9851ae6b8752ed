import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { Button, ButtonLink } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";
import type { Locale } from "@/lib/i18n/routing";
import type { RosterIssue } from "@/lib/registry/assistance-roster";
import type { RosterPreview } from "@/lib/services/office/rosters";
import { QueueBanner } from "./QueueBanner";
import { QueueNav } from "./QueueNav";

type Props = {
  preview: RosterPreview;
  groups: { code: string; label: string }[];
  apply: (data: FormData) => Promise<void>;
  done: { added: number; removed: number } | null;
  refused: string | null;
};

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The line-numbered report of an uploaded roster, who it adds and removes, and (when every line is valid) apply. */
export async function RosterPreviewView({ preview, groups, apply, done, refused }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = (await getTranslations("officeQueues.rosters")) as unknown as Translate;
  const tCommon = await getTranslations("officeQueues.common");
  const { plan } = preview;
  const issue = (i: RosterIssue) => t(`issues.${i.code}`, i.values ?? {});
  const group = (code: string) => groups.find((g) => g.code === code)?.label ?? code;
  return (
    <>
      <QueueNav current="rosters" />
      <QueueBanner done={done ? t("done", done) : null} refused={refused} doneTitle={tCommon("doneTitle")} refusedTitle={tCommon("refusedTitle")} />
      <PageHeading caption={formatInstant(preview.uploadedAt, locale)}>{t("previewTitle", { file: preview.fileName })}</PageHeading>
      <p className="mb-6 text-lg" data-testid="roster-summary">
        {t("summary", { rows: plan.checked.rowsRead, valid: plan.checked.valid.length, problems: plan.checked.problems.length, already: plan.alreadyOnRoster })}
      </p>
      {plan.checked.problems.length ? (
        <section aria-labelledby="report-title" className="mb-8 border-4 border-danger p-4">
          <h2 id="report-title" className="mb-2 text-2xl font-bold">
            {t("report")}
          </h2>
          <ul className="space-y-1 text-lg" data-testid="roster-problems">
            {plan.checked.problems.map((p) => (
              <li key={p.line}>{t("line", { line: p.line, issues: p.issues.map(issue).join("；") })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="add-title" className="mb-8">
        <h2 id="add-title" className="mb-2 text-2xl font-bold">
          {t("toAdd", { count: plan.toAdd.length })}
        </h2>
        <ul className="space-y-1 text-lg" data-testid="roster-add">
          {plan.toAdd.length ? plan.toAdd.map((m) => <li key={`${m.personId}|${m.groupCode}`}>{t("memberLine", { line: m.line, name: m.name, id: m.idNumberMasked, group: group(m.groupCode) })}</li>) : <li>{t("none")}</li>}
        </ul>
      </section>
      <section aria-labelledby="remove-title" className="mb-8">
        <h2 id="remove-title" className="mb-2 text-2xl font-bold">
          {t("notInFile", { count: plan.notInFile.length })}
        </h2>
        <ul className="space-y-1 text-lg" data-testid="roster-remove">
          {plan.notInFile.length ? plan.notInFile.map((m) => <li key={`${m.personId}|${m.groupCode}`}>{t("member", { name: m.name, id: m.idNumberMasked, group: group(m.groupCode) })}</li>) : <li>{t("none")}</li>}
        </ul>
      </section>
      {preview.appliedAt ? (
        <p className="mb-8 text-lg font-semibold">{t("alreadyApplied", { time: formatInstant(preview.appliedAt, locale) })}</p>
      ) : preview.applicable ? (
        <form action={apply} className="mb-8">
          <p className="mb-4 max-w-prose text-lg">{t("applyLead")}</p>
          <Button>{t("apply")}</Button>
        </form>
      ) : (
        <p className="mb-8 text-lg font-semibold" data-testid="roster-not-applicable">
          {t("notApplicable")}
        </p>
      )}
      <ButtonLink href="/office/rosters" variant="secondary">
        {t("again")}
      </ButtonLink>
    </>
  );
}
