import { getLocale, getTranslations } from "next-intl/server";
import { formatInstant } from "@/components/payment/format-instant";
import { PageHeading } from "@/components/ui/PageHeading";
import { SummaryList } from "@/components/ui/SummaryList";
import { formatMoney } from "@/lib/format";
import type { FormStateAction, RawValues } from "@/lib/forms/form-state";
import { LAST_YEAR_CATEGORIES, type CorrectableFact } from "@/lib/forms/office-queues";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { RESIDENCIES } from "@/lib/rules/vocabulary";
import type { CorrectionDetail } from "@/lib/services/office/corrections";
import { OfficeForm, type OfficeField } from "./OfficeForm";
import { QueueBanner } from "./QueueBanner";
import { QueueNav } from "./QueueNav";

type Translate = (key: string, values?: Record<string, string | number>) => string;

type Props = {
  detail: CorrectionDetail;
  accept: FormStateAction<RawValues>;
  reject: FormStateAction<RawValues>;
  done: "accepted" | "rejected" | null;
};

/** The fields the clerk fills in to correct the fact the resident reported. */
function valueFields(fact: CorrectableFact, detail: CorrectionDetail, t: Translate): OfficeField[] {
  const f = (name: string) => t(`fields.${name}`);
  const yesNo = [
    { value: "yes", label: f("yes") },
    { value: "no", label: f("no") },
  ];
  const note: OfficeField = { kind: "text", name: "note", label: f(fact === "other" ? "noteOther" : "note") };
  switch (fact) {
    case "residency":
      return [
        { kind: "radio", name: "residency", label: f("residency"), choices: RESIDENCIES.map((r) => ({ value: r, label: t(`residencies.${r}`) })) },
        { kind: "text", name: "permitNumber", label: f("permitNumber"), hint: f("permitNumberHint") },
        { kind: "text", name: "permitValidTo", label: f("permitValidTo") },
        note,
      ];
    case "school":
      return [
        {
          kind: "radio",
          name: "schoolLevel",
          label: f("schoolLevel"),
          choices: [
            { value: "none", label: f("schoolNone") },
            { value: "primary-secondary", label: f("primarySecondary") },
            { value: "higher-education", label: f("higherEducation") },
          ],
        },
        { kind: "text", name: "schoolName", label: f("schoolName") },
        { kind: "text", name: "schoolEnd", label: f("schoolEnd") },
        note,
      ];
    case "assistance":
      return [{ kind: "checkbox", name: "groups", label: f("groups"), choices: detail.groups.map((g) => ({ value: g.code, label: g.label })) }, note];
    case "history":
      return [
        { kind: "radio", name: "insuredLastYear", label: f("insuredLastYear"), choices: yesNo },
        { kind: "radio", name: "lastCategory", label: f("lastCategory"), choices: LAST_YEAR_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) })) },
        note,
      ];
    case "employee":
      return [{ kind: "radio", name: "employed", label: f("employed"), choices: yesNo }, { kind: "text", name: "province", label: f("province") }, { kind: "text", name: "city", label: f("city") }, note];
    case "other":
      return [note];
  }
}

/** What the registry holds now, so that the clerk compares it with the resident's note. */
function currentFacts(detail: CorrectionDetail, t: Translate) {
  const facts = detail.facts;
  if (!facts) return [];
  const none = t("facts2.none");
  return [
    { key: "name", label: t("facts2.name"), value: `${facts.name} · ${facts.idNumberMasked}` },
    { key: "residency", label: t("facts2.residency"), value: t(`residencies.${facts.residency}`) },
    { key: "school", label: t("facts2.school"), value: facts.school?.schoolName ?? none },
    { key: "assistance", label: t("facts2.assistance"), value: facts.assistance.map((code) => detail.groups.find((g) => g.code === code)?.label ?? code).join("、") || none },
    { key: "employee", label: t("facts2.employee"), value: facts.employee ? `${facts.employee.province} ${facts.employee.city}` : none },
    { key: "lastYear", label: t("facts2.lastYear"), value: facts.lastYear ? `${facts.lastYear.coverageYear} · ${t(`categories.${facts.lastYear.category}`)}` : none },
  ];
}

/** One correction request: the resident's report, the registry now, and (while open) correct or reject. */
export async function CorrectionDetailView({ detail, accept, reject, done }: Props) {
  const locale = (await getLocale()) as Locale;
  const t = (await getTranslations("officeQueues.corrections")) as unknown as Translate;
  const tCommon = await getTranslations("officeQueues.common");
  const labels = { summaryTitle: tCommon("summaryTitle"), errorPrefix: tCommon("errorPrefix") };
  const r = detail.reassessment;
  return (
    <>
      <QueueNav current="corrections" />
      <QueueBanner done={done ? t(`done.${done}`) : null} refused={null} doneTitle={tCommon("doneTitle")} refusedTitle={tCommon("refusedTitle")} />
      <PageHeading caption={t(`statuses.${detail.status}`)}>{t("detailTitle", { name: detail.personName })}</PageHeading>
      <p className="mb-2 text-lg">{t("reported", { fact: t(`facts.${detail.fact}`), time: formatInstant(detail.createdAt, locale) })}</p>
      <p className="mb-6 max-w-prose border-l-4 border-brand pl-4 text-lg" data-testid="resident-note">
        {t("residentNote", { note: detail.note })}
      </p>
      <h2 className="mb-2 text-2xl font-bold">{t("currentFacts")}</h2>
      <SummaryList rows={currentFacts(detail, t)} changeText="" />
      {detail.status === "open" ? (
        <>
          <section aria-labelledby="accept-title">
            <h2 id="accept-title" className="mb-2 text-2xl font-bold">
              {t("acceptTitle")}
            </h2>
            <p className="mb-4 max-w-prose text-lg">{t("acceptLead")}</p>
            <OfficeForm action={accept} fields={valueFields(detail.fact, detail, t)} submit={t("accept")} labels={labels} />
          </section>
          <section aria-labelledby="reject-title">
            <h2 id="reject-title" className="mb-2 text-2xl font-bold">
              {t("rejectTitle")}
            </h2>
            <OfficeForm action={reject} fields={[{ kind: "text", name: "reason", label: t("fields.reason") }]} submit={t("reject")} labels={labels} variant="secondary" />
          </section>
        </>
      ) : (
        <section className="mb-8 text-lg" data-testid="decision">
          {detail.decidedAt ? <p>{tCommon("decidedAt", { time: formatInstant(detail.decidedAt, locale) })}</p> : null}
          {detail.reason ? <p>{t("decidedReason", { reason: detail.reason })}</p> : null}
          {r ? (
            <p>
              {t("reassessed", { outcome: t(`outcomes.${r.outcome}`), category: t(`categories.${r.category}`), amount: formatMoney(r.payableFen ?? 0, locale) })}
              {r.enrollment?.differs ? ` ${t("differs", { reference: r.enrollment.reference })}` : null}
            </p>
          ) : null}
        </section>
      )}
      <p className="text-lg">
        <Link href="/office/corrections">{tCommon("back")}</Link>
      </p>
    </>
  );
}
