import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateBetween } from "@/lib/rules/arbitraries";
import { ageOn } from "@/lib/rules/dates";
import type { Answers } from "./answers";
import { flowContext, packOf, type FlowContext } from "./context";
import { stepContext, walk, withStep } from "./journey";
import { SCHOOL_AGES, WORKING_AGE, evaluateAnswers, outcome, plausibleLastCategories, yearsLivedUpToLastYear } from "./request";
import type { StepId } from "./steps";

/**
 * Skipping is sound: for anyone the journey assumes plausible, the answer from the questions it
 * asks is the answer from everything about the person. Plausible means: full-time school only at
 * school ages (SCHOOL_AGES), employed only from WORKING_AGE, not insured last year if born in the coverage year, no more years
 * insured (or uninsured) than lived, and last year's category one that the age allowed.
 */
const SERVICE_DATES = ["2025-09-20", "2025-11-20", "2025-12-26", "2026-01-15", "2026-03-10", "2026-07-20", "2026-10-20", "2026-11-23"];

type Person = { today: string; answers: Required<Pick<Answers, "pack" | "birthDate" | "residency" | "otherInsurance">> & Answers };

const person: fc.Arbitrary<Person> = fc
  .constantFrom(...SERVICE_DATES)
  .chain((today) => {
    const ctx = flowContext(today);
    return fc
      .record({
        pack: fc.constantFrom(...ctx.packs.map((pack) => pack.id)),
        birthDate: fc.oneof(dateBetween("1930-01-01", today), dateBetween("2019-01-01", today)),
        residency: fc.constantFrom("local-hukou", "local-hukou", "residence-permit", "hmt-residence-permit", "foreign-permanent-residence", "none" as const),
        otherInsurance: fc.constantFrom("none", "none", "none", "employee", "resident-elsewhere" as const),
        school: fc.constantFrom("none", "primary-secondary", "higher-education" as const),
        employed: fc.boolean(),
        parentResidencePermit: fc.boolean(),
        insured: fc.boolean(),
        years: fc.integer({ min: 1, max: 120 }),
        gap: fc.integer({ min: 1, max: 120 }),
        zeroClaim: fc.boolean(),
        categoryPick: fc.nat(),
        groups: fc.array(fc.nat(), { maxLength: 3 }),
      })
      .map((raw): Person => {
        const pack = packOf(ctx, raw.pack)!;
        const age = ageOn(raw.birthDate, pack.baseDate);
        const lived = yearsLivedUpToLastYear(pack, raw.birthDate);
        const categories = plausibleLastCategories(pack, raw.birthDate);
        const canHaveBeenInsured = raw.birthDate < pack.periods.coverage.start;
        const insured = raw.insured && canHaveBeenInsured;
        const codes = pack.assistance.map((group) => group.code);
        return {
          today,
          answers: {
            pack: raw.pack,
            birthDate: raw.birthDate,
            residency: raw.residency,
            otherInsurance: raw.otherInsurance,
            school: age >= SCHOOL_AGES.min && age <= SCHOOL_AGES.max ? raw.school : "none",
            employed: age >= WORKING_AGE && raw.employed,
            parentResidencePermit: raw.parentResidencePermit,
            assistance: [...new Set(raw.groups.map((n) => codes[n % codes.length]!))],
            history: insured
              ? {
                  insuredLastYear: true,
                  yearsInsured: Math.min(raw.years, lived),
                  zeroClaimLastYear: raw.zeroClaim,
                  ...(categories.length ? { lastCategory: categories[raw.categoryPick % categories.length]! } : {}),
                }
              : { insuredLastYear: false, gapYears: Math.min(raw.gap, lived) },
          },
        };
      });
  });

/** Answers a page the way this person would: their own facts, limited to what the page offers. */
function answerPage(step: StepId, answers: Answers, truth: Answers, ctx: FlowContext): Partial<Answers> {
  switch (step) {
    case "assistance": {
      const offered = stepContext("assistance", answers, ctx).codes;
      return { assistance: (truth.assistance ?? []).filter((code) => offered.includes(code)) };
    }
    case "history": {
      const fields = stepContext("history", answers, ctx);
      const history = truth.history!;
      if (!history.insuredLastYear) return { history: { insuredLastYear: false, ...(fields.gapYears ? { gapYears: history.gapYears } : {}) } };
      return {
        history: {
          insuredLastYear: true,
          ...(fields.years ? { yearsInsured: history.yearsInsured } : {}),
          ...(fields.zeroClaim ? { zeroClaimLastYear: history.zeroClaimLastYear } : {}),
          ...(fields.lastCategories.length ? { lastCategory: history.lastCategory } : {}),
        },
      };
    }
    default: {
      const fields: Record<Exclude<StepId, "assistance" | "history">, (keyof Answers)[]> = {
        where: ["pack"],
        "birth-date": ["birthDate"],
        status: ["residency", "otherInsurance"],
        school: ["school"],
        employed: ["employed"],
        "parent-permit": ["parentResidencePermit"],
      };
      return Object.fromEntries(fields[step].map((field) => [field, truth[field]]));
    }
  }
}

function journey(truth: Answers, ctx: FlowContext): { answers: Answers; pages: StepId[] } {
  let answers: Answers = {};
  for (let guard = 0; guard < 20; guard++) {
    const route = walk(answers, ctx);
    if (route.next === null) return { answers: route.known, pages: route.visited };
    answers = withStep(answers, route.next, answerPage(route.next, answers, truth, ctx));
  }
  throw new Error("the journey did not end");
}

describe("skipping questions never changes the answer", () => {
  it("gives a plausible person the answer that all their facts give", () => {
    fc.assert(
      fc.property(person, ({ today, answers: truth }) => {
        const ctx = flowContext(today);
        const { answers } = journey(truth, ctx);
        expect(outcome(evaluateAnswers(answers, ctx))).toEqual(outcome(evaluateAnswers(truth, ctx)));
      }),
      { numRuns: Number(process.env.FLOW_RUNS ?? 600) },
    );
  }, 600_000);

  // School and a parent's permit never both apply (school from 6, the permit route under 6).
  it("asks at most seven pages of questions", () => {
    fc.assert(
      fc.property(person, ({ today, answers: truth }) => {
        const ctx = flowContext(today);
        expect(journey(truth, ctx).pages.length).toBeLessThanOrEqual(7);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
