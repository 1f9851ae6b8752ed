import { evaluate, type EligibilityAnswer, type ParsedRequest, type PolicyDescription } from "@/lib/rules";
import { ageOn, addYears } from "@/lib/rules/dates";
import type { Category } from "@/lib/rules/schema";
import type { Answers } from "./answers";
import { packOf, type FlowContext } from "./context";

/** The longest a full-time student is assumed to be (周岁 on the base date): no school question for a 70-year-old. */
export const SCHOOL_AGES = { min: 6, max: 35 } as const;

/** The youngest a person may be employed (劳动法 第十五条: 禁止用人单位招用未满十六周岁的未成年人). */
export const WORKING_AGE = 16;

/**
 * Last year's categories that are plausible for this person (the most usual first), by the age
 * on last year's base date: a child under 6 was an infant, 6–18 a pupil or other minor, 19 and over
 * an adult; from 17 to the last school age, possibly a university student.
 */
export function plausibleLastCategories(pack: PolicyDescription, birthDate: string): Category[] {
  if (pack.categories.length === 1) return [];
  const lastBaseDate = addYears(pack.baseDate, -1);
  const age = ageOn(birthDate, lastBaseDate);
  const categories: Category[] = age < 6 ? ["infant"] : age <= 18 ? ["minor", "student"] : ["adult"];
  if (age >= 17 && age <= SCHOOL_AGES.max) categories.push("college");
  return categories;
}

/** Whole coverage years the person has lived in, up to last year (at least 1). */
export function yearsLivedUpToLastYear(pack: PolicyDescription, birthDate: string): number {
  return Math.max(1, pack.coverageYear - 1 - Number(birthDate.slice(0, 4)) + 1);
}

/**
 * The rules request for the answers that apply, "if they pay today". Questions not asked take the
 * rules' defaults, except where the answers so far settle them (last year's category by age).
 * Null until the pack, birth date and residency are known.
 */
export function toRequest(known: Answers, ctx: FlowContext): ParsedRequest | null {
  const pack = packOf(ctx, known.pack);
  if (!pack || !known.birthDate || !known.residency) return null;
  const history = known.history;
  const insured = history?.insuredLastYear ?? false;
  return {
    policy: pack.id,
    region: pack.region,
    asOf: ctx.today,
    person: {
      birthDate: known.birthDate,
      residency: known.residency,
      parentResidencePermit: known.parentResidencePermit ?? false,
      employed: known.employed ?? false,
      school: known.school ?? "none",
      otherInsurance: known.otherInsurance ?? "none",
      assistance: known.assistance ?? [],
      history: insured
        ? {
            insuredLastYear: true,
            lastCategory: history?.lastCategory ?? plausibleLastCategories(pack, known.birthDate)[0] ?? null,
            // The request counts the year applied for.
            consecutiveYears: (history?.yearsInsured ?? 1) + 1,
            gapYears: 0,
            zeroClaimLastYear: history?.zeroClaimLastYear ?? false,
          }
        : {
            insuredLastYear: false,
            lastCategory: null,
            consecutiveYears: 1,
            // Not insured last year is at least one year without insurance.
            gapYears: history?.gapYears ?? 1,
            zeroClaimLastYear: false,
          },
      // The result shows both newborn options (this year only, or both years), so it is not asked.
      newborn: { payPreviousYear: false },
    },
  };
}

export function evaluateAnswers(known: Answers, ctx: FlowContext): EligibilityAnswer | null {
  const request = toRequest(known, ctx);
  if (!request) return null;
  const result = evaluate(request, { today: ctx.today });
  return result.ok ? result.answer : null;
}

/**
 * Why someone cannot enrol, as the result page says it. Insurance elsewhere bars enrolment whatever
 * else is true, so then it is the only reason given (the questions after it are not asked).
 */
export function shownIneligibility(answer: EligibilityAnswer): EligibilityAnswer["ineligibility"] {
  const duplicate = answer.ineligibility.filter((reason) => reason.code.startsWith("duplicate."));
  return duplicate.length > 0 ? duplicate : answer.ineligibility;
}

/**
 * What the resident is told, without the wording: two answers with the same outcome read the same
 * on the result page apart from the explanation. Someone who cannot enrol is told only why not.
 */
export function outcome(answer: EligibilityAnswer | null): string {
  if (!answer) return "none";
  if (!answer.eligible) {
    return JSON.stringify({ eligible: false, policy: answer.policy.id, why: shownIneligibility(answer).map((r) => r.code).sort() });
  }
  return JSON.stringify({ ...answer, reasons: undefined });
}

/** Whether the answers, each completed by one of the variants, lead to more than one outcome. */
export function outcomesDiffer(known: Answers, ctx: FlowContext, variants: Partial<Answers>[]): boolean {
  const seen = new Set(variants.map((variant) => outcome(evaluateAnswers({ ...known, ...variant }, ctx))));
  return seen.size > 1;
}
