import { getTranslations } from "next-intl/server";
import type { Answers } from "@/lib/check/answers";
import { packOf, type FlowContext } from "@/lib/check/context";
import { NO_ASSISTANCE, type StepContexts, type StepId } from "@/lib/check/steps";
import { OTHER_INSURANCE, RESIDENCIES, SCHOOLS } from "@/lib/rules/vocabulary";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { PolicyDescription } from "@/lib/rules";
import type { FieldView } from "./field-view";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * next-intl's typed translator, for keys built from codes (assistance groups, categories, options).
 * A server action names the locale: it renders no page that would set it.
 */
export async function checkTranslator(locale?: Locale): Promise<Translate> {
  return (locale ? await getTranslations({ locale, namespace: "check" }) : await getTranslations("check")) as unknown as Translate;
}

/** A pack as a choice: "宁波市，2026年度", with its period or the projected label. */
export function packChoice(pack: PolicyDescription, today: string, t: Translate, regionName: string, locale: Locale) {
  const end = formatDate(pack.periods.registration.end, locale);
  const hint = pack.projected
    ? t("where.projected", { year: pack.coverageYear, baseYear: pack.coverageYear - 1 })
    : today <= pack.periods.registration.end
      ? t("where.centralized", { end })
      : t("where.late", { end });
  return { value: pack.id, label: t("where.choice", { region: regionName, year: pack.coverageYear }), hint };
}

/** The label of an assistance group in the pack's region; the pack's own (zh-Hans) label for a group without a translation. */
export function assistanceLabel(t: Translate & { has?: (key: string) => boolean }, pack: PolicyDescription, code: string): string {
  const key = `assistance.groups.${pack.region}.${code}`;
  return t.has?.(key) === false ? (pack.assistance.find((g) => g.code === code)?.label ?? code) : t(key, { year: pack.coverageYear });
}

export type StepView = { title: string; heading?: string; fields: FieldView[] };

/** The questions of a page, in words, for the answers so far. */
export async function stepView<S extends StepId>(step: S, context: StepContexts[S], known: Answers, ctx: FlowContext, locale: Locale): Promise<StepView> {
  const t = await checkTranslator();
  const tRegion = (await getTranslations("region")) as unknown as Translate;
  const pack = packOf(ctx, known.pack);
  const region = pack ? tRegion(pack.region) : "";
  const year = pack?.coverageYear ?? 0;
  const single = (field: Omit<FieldView, "heading">): StepView => ({ title: field.label, fields: [{ ...field, heading: true }] });
  const yesNo = (yes: string, no: string) => [
    { value: "yes", label: yes },
    { value: "no", label: no },
  ];

  switch (step) {
    case "where":
      return single({
        kind: "radio",
        name: "pack",
        label: t("where.title"),
        hint: t("where.hint"),
        choices: ctx.packs.map((p) => packChoice(p, ctx.today, t, tRegion(p.region), locale)),
      });
    case "birth-date":
      return single({ kind: "date", name: "birthDate", label: t("birthDate.title"), hint: t("birthDate.hint") });
    case "status":
      return {
        title: t("status.title"),
        heading: t("status.title"),
        fields: [
          {
            kind: "radio",
            name: "residency",
            label: t("status.residency"),
            hint: t("status.residencyHint", { region }),
            choices: RESIDENCIES.map((value) => ({
              value,
              label: t(`status.residencyOptions.${value}`, { region }),
              ...(value === "none" ? { hint: t("status.noneHint") } : {}),
            })),
          },
          {
            kind: "radio",
            name: "otherInsurance",
            label: t("status.otherInsurance", { year }),
            choices: OTHER_INSURANCE.map((value) => ({ value, label: t(`status.otherInsuranceOptions.${value}`) })),
          },
        ],
      };
    case "school":
      return single({
        kind: "radio",
        name: "school",
        label: t("school.title", { region }),
        hint: t("school.hint"),
        choices: SCHOOLS.map((value) => ({ value, label: t(`school.options.${value}`) })),
      });
    case "employed":
      return single({ kind: "radio", name: "employed", label: t("employed.title"), hint: t("employed.hint"), choices: yesNo(t("employed.yes"), t("employed.no")) });
    case "parent-permit":
      return single({
        kind: "radio",
        name: "parentResidencePermit",
        label: t("parentPermit.title", { region }),
        hint: t("parentPermit.hint"),
        choices: yesNo(t("parentPermit.yes"), t("parentPermit.no")),
      });
    case "assistance": {
      const { codes } = context as StepContexts["assistance"];
      return single({
        kind: "checkbox",
        name: "assistance",
        label: t("assistance.title"),
        hint: t("assistance.hint"),
        choices: [
          ...codes.map((code) => ({ value: code, label: pack ? assistanceLabel(t, pack, code) : code })),
          { value: NO_ASSISTANCE, label: t("assistance.none") },
        ],
      });
    }
    case "history": {
      const fields = context as StepContexts["history"];
      const last = year - 1;
      const insured = { name: "insuredLastYear", value: "yes", intro: t("history.insuredIntro") };
      const notInsured = { name: "insuredLastYear", value: "no", intro: t("history.notInsuredIntro") };
      const views: FieldView[] = [
        { kind: "radio", name: "insuredLastYear", heading: true, label: t("history.title", { year: last, region }), choices: yesNo(t("history.yes"), t("history.no")) },
      ];
      if (fields.years) views.push({ kind: "number", name: "yearsInsured", label: t("history.years", { year: last }), hint: t("history.yearsHint", { year: last }), when: insured });
      if (fields.lastCategories.length > 0) {
        views.push({
          kind: "radio",
          name: "lastCategory",
          label: t("history.lastCategory", { year: last }),
          choices: fields.lastCategories.map((category) => ({ value: category, label: t(`category.${category}`) })),
          when: insured,
        });
      }
      if (fields.zeroClaim) {
        views.push({
          kind: "checkbox",
          name: "zeroClaimLastYear",
          label: t("history.zeroClaim", { year: last }),
          choices: [{ value: "yes", label: t("history.zeroClaimOption", { year: last }), hint: t("history.zeroClaimHint") }],
          when: insured,
        });
      }
      if (fields.gapYears) views.push({ kind: "number", name: "gapYears", label: t("history.gap", { year: last }), hint: t("history.gapHint", { year: last }), when: notInsured });
      return { title: views[0]!.label, fields: views };
    }
  }
  throw new Error(`Unknown step ${String(step)}`);
}

/** The translated text of each error key a page can give, with the limits its context sets. */
export async function errorTexts(keys: string[], context: unknown, locale?: Locale): Promise<Record<string, string>> {
  const t = await checkTranslator(locale);
  const limits = context as Partial<StepContexts["history"]>;
  return Object.fromEntries(
    keys.map((key) => [
      key,
      key === "errors.history.yearsInvalid"
        ? t(key, { max: limits.maxYears ?? 1 })
        : key === "errors.history.gapInvalid"
          ? t(key, { max: limits.maxGapYears ?? 1 })
          : t(key),
    ]),
  );
}
