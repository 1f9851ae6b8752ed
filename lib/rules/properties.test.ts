import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { citationResolves } from "@/lib/sources/catalog";
import { plainDate, requestArbitrary } from "./arbitraries";
import { addYears, daysInclusive } from "./dates";
import { evaluate } from "./evaluate";
import { reasonCodes } from "./reason-codes";
import { answerSchema, requestSchema, type EligibilityAnswer } from "./schema";

const RUNS = 3000;
const order = new Map<string, number>(reasonCodes.map((code, index) => [code, index]));

function evaluated(check: (answer: EligibilityAnswer, request: ReturnType<typeof requestSchema.parse>) => void) {
  return fc.property(requestArbitrary, plainDate, (raw, today) => {
    const request = requestSchema.parse(raw);
    const result = evaluate(request, { today });
    if (!result.ok) {
      expect(result.error.code).toBe("unknown-policy");
      return;
    }
    check(result.answer, request);
  });
}

describe("evaluate on arbitrary schema-valid requests", () => {
  it("generates only schema-valid requests", () => {
    fc.assert(fc.property(requestArbitrary, (raw) => void requestSchema.parse(raw)), { numRuns: 500 });
  });

  it("never throws, and every answer passes answerSchema", () => {
    fc.assert(evaluated((answer) => void answerSchema.parse(answer)), { numRuns: RUNS });
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(requestArbitrary, plainDate, (raw, today) => {
        const request = requestSchema.parse(raw);
        expect(evaluate(request, { today })).toEqual(evaluate(structuredClone(request), { today }));
      }),
      { numRuns: 500 },
    );
  });

  it("starts cover inside the coverage year, or at birth for a newborn paying both years", () => {
    fc.assert(
      evaluated((answer, request) => {
        const start = answer.coverage?.start;
        if (start === undefined || start === null) return;
        const year = answer.periods.coverage;
        const inYear = start >= year.start && start <= year.end;
        const atBirthLastYear =
          request.person.newborn.payPreviousYear &&
          start === request.person.birthDate &&
          start >= addYears(year.start, -1) &&
          start < year.start;
        expect(inYear || atBirthLastYear).toBe(true);
        expect(start >= request.person.birthDate).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("counts benefitDays inclusively from start to end, 0 when start is null", () => {
    fc.assert(
      evaluated((answer) => {
        if (!answer.coverage) return;
        const { start, end, benefitDays } = answer.coverage;
        expect(benefitDays).toBe(start === null ? 0 : daysInclusive(start, end));
      }),
      { numRuns: RUNS },
    );
  });

  it("never has negative money, and the breakdown adds up to the payable amount", () => {
    fc.assert(
      evaluated((answer) => {
        const money = answer.contribution;
        if (!money) return;
        for (const fen of [money.individual, money.government, money.payable]) expect(fen).toBeGreaterThanOrEqual(0);
        for (const line of money.breakdown) expect(line.amount).toBeGreaterThan(0);
        expect(money.breakdown.reduce((sum, line) => sum + line.amount, 0)).toBe(money.payable);
        if (money.fullySubsidized) expect(money.payable).toBe(0);
        expect(answer.incentive?.extraMajorIllnessLimit ?? 0).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  it("gives money and cover to the eligible only, and a reason to the ineligible", () => {
    fc.assert(
      evaluated((answer) => {
        if (answer.eligible) {
          expect(answer.ineligibility).toEqual([]);
          expect(answer.contribution && answer.coverage && answer.route).toBeTruthy();
        } else {
          expect(answer.ineligibility.length).toBeGreaterThan(0);
          expect(answer.contribution).toBeUndefined();
        }
      }),
      { numRuns: RUNS },
    );
  });

  it("lists reasons in the stable order, each citing an existing clause", () => {
    fc.assert(
      evaluated((answer) => {
        const positions = answer.reasons.map((reason) => order.get(reason.code) ?? -1);
        expect(positions).not.toContain(-1);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        for (const reason of [...answer.reasons, ...answer.ineligibility, ...answer.deadlines]) {
          expect(citationResolves(reason.source), reason.source).toBe(true);
        }
        for (const line of answer.contribution?.breakdown ?? []) expect(citationResolves(line.source)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("marks every answer of a projected pack with pack.projected", () => {
    fc.assert(
      evaluated((answer) => {
        if (answer.projected) {
          expect(answer.reasons.map((reason) => reason.code)).toContain("pack.projected");
          expect(answer.provisional).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
