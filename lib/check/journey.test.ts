import { describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { flowContext } from "./context";
import { canVisit, next, previous, stepContext, walk, withStep } from "./journey";
import { evaluateAnswers, outcome } from "./request";
import type { StepId } from "./steps";

const CENTRALIZED = flowContext("2025-11-20");
const LATE = flowContext("2026-03-10");
const YEAR_END = flowContext("2026-10-20");

const adult: Answers = {
  pack: "ningbo-2026",
  birthDate: "1985-04-12",
  residency: "local-hukou",
  otherInsurance: "none",
  assistance: [],
  history: { insuredLastYear: true, yearsInsured: 6, zeroClaimLastYear: false },
};

/**
 * Issue 5: for each question, two answer sets that differ only there, both complete, both asking
 * it, and giving different results.
 */
const PAIRS: { question: string; page: StepId; ctx: ReturnType<typeof flowContext>; a: Answers; b: Answers }[] = [
  {
    question: "pack (region and year)",
    page: "where",
    ctx: CENTRALIZED,
    a: { ...adult, pack: "ningbo-2026" },
    b: { ...adult, pack: "ningxia-2026", history: { insuredLastYear: true } },
  },
  {
    question: "pack: this year late, or next year (projected)",
    page: "where",
    ctx: YEAR_END,
    a: { ...adult, pack: "ningbo-2026" },
    b: { ...adult, pack: "ningbo-2027" },
  },
  { question: "birthDate", page: "birth-date", ctx: CENTRALIZED, a: adult, b: { ...adult, birthDate: "1986-04-12" } },
  {
    question: "residency",
    page: "status",
    ctx: CENTRALIZED,
    a: { ...adult, residency: "local-hukou" },
    b: { ...adult, residency: "residence-permit", assistance: undefined },
  },
  {
    question: "otherInsurance",
    page: "status",
    ctx: CENTRALIZED,
    a: adult,
    b: { ...adult, otherInsurance: "employee" },
  },
  {
    question: "school",
    page: "school",
    ctx: CENTRALIZED,
    a: { ...adult, birthDate: "2005-09-01", school: "none", history: { insuredLastYear: true, yearsInsured: 6, zeroClaimLastYear: false, lastCategory: "adult" } },
    b: { ...adult, birthDate: "2005-09-01", school: "higher-education", history: { insuredLastYear: true, yearsInsured: 6, zeroClaimLastYear: false, lastCategory: "adult" } },
  },
  {
    question: "employed",
    page: "employed",
    ctx: CENTRALIZED,
    a: { ...adult, residency: "hmt-residence-permit", employed: false, assistance: undefined },
    b: { ...adult, residency: "hmt-residence-permit", employed: true, assistance: undefined },
  },
  {
    question: "parentResidencePermit",
    page: "parent-permit",
    ctx: CENTRALIZED,
    a: { ...adult, birthDate: "2022-03-01", residency: "none", parentResidencePermit: true, assistance: undefined, history: { insuredLastYear: false } },
    b: { ...adult, birthDate: "2022-03-01", residency: "none", parentResidencePermit: false, assistance: undefined, history: { insuredLastYear: false } },
  },
  { question: "assistance", page: "assistance", ctx: CENTRALIZED, a: adult, b: { ...adult, assistance: ["minimum-living"] } },
  {
    question: "assistance (Ningxia, dynamic period)",
    page: "assistance",
    ctx: LATE,
    a: { ...adult, pack: "ningxia-2026", history: { insuredLastYear: true } },
    b: { ...adult, pack: "ningxia-2026", assistance: ["veteran"], history: { insuredLastYear: true } },
  },
  {
    question: "history: insured last year",
    page: "history",
    ctx: CENTRALIZED,
    a: adult,
    b: { ...adult, history: { insuredLastYear: false } },
  },
  {
    question: "history: years in a row",
    page: "history",
    ctx: CENTRALIZED,
    a: adult,
    b: { ...adult, history: { insuredLastYear: true, yearsInsured: 3, zeroClaimLastYear: false } },
  },
  {
    question: "history: no claims last year",
    page: "history",
    ctx: CENTRALIZED,
    a: adult,
    b: { ...adult, history: { insuredLastYear: true, yearsInsured: 6, zeroClaimLastYear: true } },
  },
  {
    question: "history: last year's category",
    page: "history",
    ctx: CENTRALIZED,
    a: { ...adult, birthDate: "2000-05-05", school: "none", history: { insuredLastYear: true, yearsInsured: 6, zeroClaimLastYear: false, lastCategory: "adult" } },
    b: { ...adult, birthDate: "2000-05-05", school: "none", history: { insuredLastYear: true, yearsInsured: 6, zeroClaimLastYear: false, lastCategory: "college" } },
  },
  {
    question: "history: years without insurance",
    page: "history",
    ctx: LATE,
    a: { ...adult, history: { insuredLastYear: false, gapYears: 1 } },
    b: { ...adult, history: { insuredLastYear: false, gapYears: 2 } },
  },
];

describe("each question can change the result", () => {
  it.each(PAIRS)("$question", ({ page, ctx, a, b }) => {
    for (const answers of [a, b]) {
      const route = walk(answers, ctx);
      expect(route.next, JSON.stringify(answers)).toBeNull();
      expect(route.visited).toContain(page);
    }
    const [first, second] = [a, b].map((answers) => outcome(evaluateAnswers(walk(answers, ctx).known, ctx)));
    expect(first).not.toEqual(second);
  });
});

const pages = (answers: Answers, ctx = CENTRALIZED) => walk(answers, ctx).visited;

describe("questions that cannot change the result are not asked", () => {
  it("asks a 40-year-old with local hukou five pages: no school, employment or parent questions", () => {
    expect(pages(adult)).toEqual(["where", "birth-date", "status", "assistance", "history"]);
  });

  it("asks about school only at school ages", () => {
    expect(pages({ ...adult, birthDate: "1955-01-01" })).not.toContain("school");
    expect(pages({ ...adult, birthDate: "2022-01-01" })).not.toContain("school");
    expect(pages({ ...adult, birthDate: "2012-01-01" })).toContain("school");
  });

  it("stops after the status page for someone already in employee insurance", () => {
    const answers = { ...adult, otherInsurance: "employee" as const };
    expect(pages(answers)).toEqual(["where", "birth-date", "status"]);
    expect(next(answers, CENTRALIZED)).toBe("done");
  });

  it("stops after the employment question for an employed Hong Kong resident", () => {
    const answers: Answers = { pack: "ningbo-2026", birthDate: "1988-07-01", residency: "hmt-residence-permit", otherInsurance: "none", employed: true };
    expect(pages(answers)).toEqual(["where", "birth-date", "status", "employed"]);
    expect(next(answers, CENTRALIZED)).toBe("done");
  });

  it("asks about employment only where it bars HMT and foreign residents (Ningbo, not Ningxia)", () => {
    const hk: Answers = { ...adult, residency: "hmt-residence-permit" };
    expect(pages(hk)).toContain("employed");
    expect(pages({ ...hk, pack: "ningxia-2026" })).not.toContain("employed");
  });

  it("asks about a parent's permit only for a non-local preschool child in Ningbo", () => {
    const child: Answers = { pack: "ningbo-2026", birthDate: "2022-03-01", residency: "none", otherInsurance: "none" };
    expect(pages(child)).toContain("parent-permit");
    expect(pages({ ...child, birthDate: "1990-01-01" })).not.toContain("parent-permit");
    expect(pages({ ...child, pack: "ningxia-2026" })).not.toContain("parent-permit");
  });

  it("asks a permit holder in Ningbo about assistance only once late enrolment's waiting period could apply", () => {
    const permit: Answers = { ...adult, residency: "residence-permit" };
    expect(pages(permit, CENTRALIZED)).not.toContain("assistance");
    expect(pages(permit, LATE)).toContain("assistance");
  });

  it("offers Ningxia's dynamic-only groups only after the centralized period", () => {
    const ningxia: Answers = { ...adult, pack: "ningxia-2026" };
    expect(stepContext("assistance", ningxia, CENTRALIZED).codes).not.toContain("veteran");
    expect(stepContext("assistance", ningxia, LATE).codes).toContain("veteran");
  });

  it("asks no history for a child born in the coverage year", () => {
    const newborn: Answers = { pack: "ningbo-2026", birthDate: "2026-01-20", residency: "local-hukou", otherInsurance: "none", assistance: [] };
    expect(pages(newborn, LATE)).toEqual(["where", "birth-date", "status", "assistance"]);
    expect(next(newborn, LATE)).toBe("done");
  });

  it("asks Ningxia only whether the person was insured last year (no continuity reward there)", () => {
    const fields = stepContext("history", { ...adult, pack: "ningxia-2026" }, CENTRALIZED);
    expect(fields).toMatchObject({ years: false, zeroClaim: false, gapYears: false, lastCategories: [] });
  });

  it("asks years without insurance only when a late waiting period depends on them", () => {
    expect(stepContext("history", adult, CENTRALIZED).gapYears).toBe(false);
    expect(stepContext("history", adult, LATE).gapYears).toBe(true);
    expect(stepContext("history", { ...adult, assistance: ["orphan"] }, LATE).gapYears).toBe(false);
  });

  it("asks last year's category only where it may differ (young adults)", () => {
    expect(stepContext("history", { ...adult, birthDate: "2000-05-05", school: "none" }, CENTRALIZED).lastCategories).toEqual(["adult", "college"]);
    expect(stepContext("history", adult, CENTRALIZED).lastCategories).toEqual([]);
  });

  it("infers last year's category where only one is possible (a 6-year-old was an infant)", () => {
    const six: Answers = { ...adult, birthDate: "2019-03-01", school: "none", history: { insuredLastYear: true, yearsInsured: 3, zeroClaimLastYear: false } };
    const answer = evaluateAnswers(walk(six, CENTRALIZED).known, CENTRALIZED);
    expect(answer?.route).toBe("re-register");
  });
});

describe("next, canVisit and previous", () => {
  it("goes to the first unanswered page, then to the summary", () => {
    expect(next({}, CENTRALIZED)).toBe("where");
    expect(next({ pack: "ningbo-2026" }, CENTRALIZED)).toBe("birth-date");
    expect(next(adult, CENTRALIZED)).toBe("done");
  });

  it("lets a page be visited only once every page before it is answered", () => {
    expect(canVisit("where", {}, CENTRALIZED)).toBe(true);
    expect(canVisit("history", {}, CENTRALIZED)).toBe(false);
    expect(canVisit("answers", {}, CENTRALIZED)).toBe(false);
    expect(canVisit("history", adult, CENTRALIZED)).toBe(true);
    expect(canVisit("school", adult, CENTRALIZED)).toBe(false);
    expect(canVisit("result", adult, CENTRALIZED)).toBe(true);
  });

  it("gives the page before, skipping pages not asked", () => {
    expect(previous("where", adult, CENTRALIZED)).toBeNull();
    expect(previous("history", adult, CENTRALIZED)).toBe("assistance");
    expect(previous("answers", adult, CENTRALIZED)).toBe("history");
  });

  it("asks again an answer that no longer fits: a pack that has closed", () => {
    expect(next({ ...adult, pack: "ningbo-2026" }, flowContext("2027-01-05"))).toBe("where");
  });

  it("asks again the history when a new birth date makes the years impossible", () => {
    const longInsured: Answers = { ...adult, history: { insuredLastYear: true, yearsInsured: 30, zeroClaimLastYear: false } };
    expect(next(longInsured, CENTRALIZED)).toBe("done");
    expect(next(withStep(longInsured, "birth-date", { birthDate: "1970-06-01" }), CENTRALIZED)).toBe("done");
    const child = withStep(longInsured, "birth-date", { birthDate: "2010-06-01" });
    expect(next(child, CENTRALIZED)).toBe("school");
    expect(next(withStep(child, "school", { school: "none" }), CENTRALIZED)).toBe("history");
  });

  it("keeps answers of pages that stop applying, but does not use them", () => {
    const student = { ...adult, birthDate: "2005-09-01", school: "higher-education" as const, history: { insuredLastYear: true, yearsInsured: 3, zeroClaimLastYear: false, lastCategory: "college" as const } };
    const older = withStep(student, "birth-date", { birthDate: "1960-09-01" });
    expect(older.school).toBe("higher-education");
    expect(walk(older, CENTRALIZED).known.school).toBeUndefined();
    expect(evaluateAnswers(walk(older, CENTRALIZED).known, CENTRALIZED)?.category).toBe("adult");
  });
});
