import { getLocale, getTranslations } from "next-intl/server";
import type { SummaryRow } from "@/components/ui/SummaryList";
import type { Answers } from "@/lib/check/answers";
import { packOf, type FlowContext } from "@/lib/check/context";
import type { StepId } from "@/lib/check/steps";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import { assistanceLabel, checkTranslator } from "./step-view";

/** Check your answers: one row per question asked, each with a change link to its page. */
export async function answerRows(known: Answers, visited: StepId[], ctx: FlowContext): Promise<SummaryRow[]> {
  const t = await checkTranslator();
  const tRegion = (await getTranslations("region")) as unknown as (key: string) => string;
  const tForm = await getTranslations("form");
  const locale = (await getLocale()) as Locale;
  const pack = packOf(ctx, known.pack);
  if (!pack) return [];
  const region = tRegion(pack.region);
  const last = pack.coverageYear - 1;
  const row = (step: StepId, key: string, value: string): SummaryRow => {
    const label = t(`answers.${key}`);
    return { key, label, value, changeHref: `/check/${step}`, changeLabel: tForm("changeLabel", { label }) };
  };
  const yesNo = (value: boolean | undefined, yes: string, no: string) => (value ? yes : no);

  return visited.flatMap((step): SummaryRow[] => {
    switch (step) {
      case "where":
        return [row(step, "pack", t("where.choice", { region, year: pack.coverageYear }))];
      case "birth-date":
        return [row(step, "birthDate", formatDate(known.birthDate!, locale))];
      case "status":
        return [
          row(step, "residency", t(`status.residencyOptions.${known.residency}`, { region })),
          row(step, "otherInsurance", t(`status.otherInsuranceOptions.${known.otherInsurance}`, { year: pack.coverageYear })),
        ];
      case "school":
        return [row(step, "school", t(`school.options.${known.school}`))];
      case "employed":
        return [row(step, "employed", yesNo(known.employed, t("employed.yes"), t("employed.no")))];
      case "parent-permit":
        return [row(step, "parentResidencePermit", yesNo(known.parentResidencePermit, t("parentPermit.yes"), t("parentPermit.no")))];
      case "assistance": {
        const groups = known.assistance ?? [];
        return [row(step, "assistance", groups.length ? groups.map((code) => assistanceLabel(t, pack, code)).join("；") : t("answers.assistanceNone"))];
      }
      case "history": {
        const history = known.history!;
        const parts = history.insuredLastYear
          ? [
              t("answers.insured", { year: last }),
              history.yearsInsured !== undefined ? t("answers.insuredYears", { years: history.yearsInsured }) : null,
              history.lastCategory ? t("answers.lastCategory", { category: t(`category.${history.lastCategory}`) }) : null,
              history.zeroClaimLastYear ? t("answers.zeroClaim") : null,
            ]
          : [t("answers.notInsured", { year: last }), history.gapYears !== undefined ? t("answers.gapYears", { years: history.gapYears }) : null];
        return [row(step, "history", parts.filter(Boolean).join(locale === "en" ? "; " : "；"))];
      }
    }
  });
}
