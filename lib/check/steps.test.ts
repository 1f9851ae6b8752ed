import { describe, expect, it } from "vitest";
import { readForm } from "@/lib/forms/form-data";
import { STEP_ERROR_KEYS, STEP_IDS, rawFromAnswers, stepSchema, type HistoryFields, type StepContexts, type StepId } from "./steps";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  data.append("$ACTION_ID_abc", "");
  return readForm(data);
};

const allHistory: HistoryFields = { years: true, maxYears: 10, zeroClaim: true, lastCategories: ["adult", "college"], gapYears: true, maxGapYears: 10 };
const CONTEXTS: StepContexts = {
  where: { packIds: ["ningbo-2026", "ningxia-2026"] },
  "birth-date": { today: "2025-11-20" },
  status: {},
  school: {},
  employed: {},
  "parent-permit": {},
  assistance: { codes: ["minimum-living", "orphan"] },
  history: allHistory,
};

function errors(step: StepId, raw: ReturnType<typeof form>, context: unknown = CONTEXTS[step]) {
  const parsed = stepSchema(step, context as never).safeParse(raw);
  return parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]);
}

describe("form data", () => {
  it("nests dotted names, lists repeated ones and drops Next.js's fields", () => {
    expect(form([["birthDate.year", "1985"], ["birthDate.month", "4"], ["assistance", "a"], ["assistance", "b"], ["pack", "x"]])).toEqual({
      birthDate: { year: "1985", month: "4" },
      assistance: ["a", "b"],
      pack: "x",
    });
  });
});

describe("page schemas", () => {
  it("asks for an answer when nothing was chosen, with the page's own message", () => {
    expect(errors("where", form([]))).toEqual([["pack", "errors.pack.required"]]);
    expect(errors("status", form([]))).toEqual([
      ["residency", "errors.residency.required"],
      ["otherInsurance", "errors.otherInsurance.required"],
    ]);
    expect(errors("employed", form([]))).toEqual([["employed", "errors.employed.required"]]);
    expect(errors("history", form([]))).toEqual([["insuredLastYear", "errors.history.required"]]);
  });

  it("refuses a pack that is not open", () => {
    expect(errors("where", form([["pack", "ningbo-2023"]]))).toEqual([["pack", "errors.pack.required"]]);
  });

  it.each<[[string, string][], string]>([
    [[], "errors.birthDate.required"],
    [[["birthDate.year", "1985"]], "errors.birthDate.incomplete"],
    [[["birthDate.year", "85"], ["birthDate.month", "4"], ["birthDate.day", "12"]], "errors.birthDate.invalid"],
    [[["birthDate.year", "1985"], ["birthDate.month", "2"], ["birthDate.day", "30"]], "errors.birthDate.invalid"],
    [[["birthDate.year", "1899"], ["birthDate.month", "12"], ["birthDate.day", "31"]], "errors.birthDate.tooEarly"],
    [[["birthDate.year", "2025"], ["birthDate.month", "11"], ["birthDate.day", "21"]], "errors.birthDate.future"],
  ])("birth date %j → %s", (entries, message) => {
    expect(errors("birth-date", form(entries))).toEqual([["birthDate", message]]);
  });

  it("reads a birth date typed with full-width digits and pads month and day", () => {
    const parsed = stepSchema("birth-date", CONTEXTS["birth-date"]).parse(form([["birthDate.year", "１９８５"], ["birthDate.month", "4"], ["birthDate.day", " 2"]]));
    expect(parsed).toEqual({ birthDate: "1985-04-02" });
  });

  it("takes assistance as groups, or none of them, never both", () => {
    const schema = stepSchema("assistance", CONTEXTS.assistance);
    expect(schema.parse(form([["assistance", "none"]]))).toEqual({ assistance: [] });
    expect(schema.parse(form([["assistance", "orphan"], ["assistance", "minimum-living"]]))).toEqual({ assistance: ["orphan", "minimum-living"] });
    expect(errors("assistance", form([]))).toEqual([["assistance", "errors.assistance.required"]]);
    expect(errors("assistance", form([["assistance", "none"], ["assistance", "orphan"]]))).toEqual([["assistance", "errors.assistance.exclusive"]]);
    expect(errors("assistance", form([["assistance", "veteran"]]))).toEqual([["assistance", "errors.assistance.required"]]);
  });

  it("asks the history's follow-up questions of the branch chosen only", () => {
    const schema = stepSchema("history", allHistory);
    expect(errors("history", form([["insuredLastYear", "yes"]]))).toEqual([
      ["yearsInsured", "errors.history.yearsRequired"],
      ["lastCategory", "errors.history.lastCategoryRequired"],
    ]);
    expect(errors("history", form([["insuredLastYear", "no"], ["yearsInsured", "abc"]]))).toEqual([["gapYears", "errors.history.gapRequired"]]);
    expect(errors("history", form([["insuredLastYear", "no"], ["gapYears", "11"]]))).toEqual([["gapYears", "errors.history.gapInvalid"]]);
    expect(errors("history", form([["insuredLastYear", "yes"], ["yearsInsured", "1.5"], ["lastCategory", "adult"]]))).toEqual([
      ["yearsInsured", "errors.history.yearsInvalid"],
    ]);
    expect(schema.parse(form([["insuredLastYear", "yes"], ["yearsInsured", "６"], ["lastCategory", "college"], ["zeroClaimLastYear", "yes"], ["gapYears", "3"]]))).toEqual({
      history: { insuredLastYear: true, yearsInsured: 6, zeroClaimLastYear: true, lastCategory: "college" },
    });
    const ningxia: HistoryFields = { years: false, maxYears: 40, zeroClaim: false, lastCategories: [], gapYears: false, maxGapYears: 40 };
    expect(stepSchema("history", ningxia).parse(form([["insuredLastYear", "no"]]))).toEqual({ history: { insuredLastYear: false } });
  });

  it("only ever gives message keys the page declares", () => {
    for (const step of STEP_IDS) {
      const messages = errors(step, form([["insuredLastYear", "yes"], ["birthDate.year", "x"]])).map(([, message]) => message);
      for (const message of messages) expect(STEP_ERROR_KEYS[step]).toContain(message);
    }
  });

  it("reads back the answers it gives (form values round trip)", () => {
    const cases: [StepId, Record<string, unknown>][] = [
      ["where", { pack: "ningxia-2026" }],
      ["birth-date", { birthDate: "1985-04-02" }],
      ["status", { residency: "none", otherInsurance: "employee" }],
      ["school", { school: "higher-education" }],
      ["employed", { employed: false }],
      ["parent-permit", { parentResidencePermit: true }],
      ["assistance", { assistance: [] }],
      ["history", { history: { insuredLastYear: false, gapYears: 2 } }],
    ];
    for (const [step, answers] of cases) {
      expect(stepSchema(step, CONTEXTS[step] as never).parse(rawFromAnswers(step, answers))).toEqual(answers);
    }
  });
});
