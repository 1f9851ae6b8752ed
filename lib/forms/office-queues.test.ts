import { describe, expect, it } from "vitest";
import en from "@/messages/officeQueues/en.json";
import { correctedValueInput, correctedValueSchemas, queueFilters, rejectSchema, type CorrectableFact } from "./office-queues";

const issues = (fact: CorrectableFact, raw: Record<string, unknown>) => {
  const parsed = correctedValueSchemas[fact].safeParse(correctedValueInput(fact, raw));
  return parsed.success ? [] : parsed.error.issues.map((i) => [String(i.path[0] ?? ""), i.message]);
};

describe("the corrected value a clerk enters, by fact", () => {
  it.each([
    ["residency: local hukou", "residency", { residency: "local-hukou" }, []],
    ["residency: a permit needs its number", "residency", { residency: "residence-permit", permitValidTo: "2027-02-30" }, [["permitValidTo", "dateFormat"], ["permitNumber", "permitRequired"]]],
    ["residency: nothing chosen", "residency", {}, [["residency", "residencyRequired"]]],
    ["school: none", "school", { schoolLevel: "none" }, []],
    ["school: a level needs a name and an end", "school", { schoolLevel: "primary-secondary" }, [["schoolName", "schoolNameRequired"], ["schoolEnd", "schoolEndRequired"]]],
    ["assistance: one box ticked", "assistance", { groups: "orphan" }, []],
    ["assistance: none ticked", "assistance", {}, []],
    ["assistance: a code no pack has", "assistance", { groups: ["orphan", "unemployed"] }, [["groups", "groupUnknown"]]],
    ["history: yes needs the category", "history", { insuredLastYear: "yes" }, [["lastCategory", "categoryRequired"]]],
    ["history: a category no pack has", "history", { insuredLastYear: "yes", lastCategory: "pensioner" }, [["lastCategory", "categoryRequired"]]],
    ["employee: no", "employee", { employed: "no" }, []],
    ["employee: neither", "employee", {}, [["employed", "choiceRequired"]]],
    ["other: a note is the decision", "other", { note: "" }, [["note", "noteRequired"]]],
  ] as const)("%s", (_name, fact, raw, expected) => {
    expect(issues(fact, raw)).toEqual(expected);
  });

  it("a rejection needs a reason of at least four characters, at most 500", () => {
    expect(rejectSchema.safeParse({ reason: "  不符 " }).success).toBe(false);
    expect(rejectSchema.safeParse({ reason: "名单未列明此人" }).success).toBe(true);
    expect(rejectSchema.safeParse({ reason: "长".repeat(501) }).success).toBe(false);
  });

  it("every message key the schemas and the services give has a text", () => {
    const keys = ["reasonRequired", "reasonTooLong", "textTooLong", "dateFormat", "residencyRequired", "permitRequired", "permitTaken", "schoolRequired", "schoolNameRequired", "schoolEndRequired", "schoolEndPast", "groupUnknown", "choiceRequired", "categoryRequired", "noteRequired", "referenceRequired", "referenceFormat", "provinceRequired", "noPack"];
    expect(keys.filter((key) => !(key in en.errors))).toEqual([]);
  });
});

describe("queue filters from the query string", () => {
  it.each([
    [{}, { region: null, district: null, status: null, minAgeDays: null }],
    [{ region: "ningbo", district: " 鄞州区 ", status: "open", age: "7" }, { region: "ningbo", district: "鄞州区", status: "open", minAgeDays: 7 }],
    [{ status: "deleted", age: "-3" }, { region: null, district: null, status: null, minAgeDays: null }],
    [{ status: ["open", "rejected"], age: "1.5" }, { region: null, district: null, status: "open", minAgeDays: null }],
  ])("%j", (params, expected) => {
    expect(queueFilters(["open", "rejected"] as const, params)).toEqual(expected);
  });
});
