import { describe, expect, it } from "vitest";
import { consentCodeSchema, correctionSchema, detailsSchema, relativeSchema } from "./enrollment";
import { bindingCodeSchema } from "./family";
import { codeStepSchema, phoneStepSchema, realNameStepSchema } from "./sign-in";

type Schema = { safeParse(value: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } };

/** The messages a schema gives for one field, the other fields filled in validly. */
const messagesFor = (schema: Schema, field: string, value: string, valid: Record<string, string>) => {
  const result = schema.safeParse({ ...valid, [field]: value });
  return result.success ? [] : (result.error?.issues ?? []).filter((issue) => issue.path[0] === field).map((issue) => issue.message);
};

const VALID = { phone: "13800131999", code: "123456", name: "林志强", idNumber: "11010519491231002X", relation: "parent", contactPhone: "13800131999", permitNumber: "", parentPermitNumber: "" };

/** Each shared field, the forms that ask for it (under that form's field name), and what it says. */
const FIELDS = [
  {
    field: "phone",
    forms: [
      ["sign-in phone step", phoneStepSchema, "phone"],
      ["registration details", detailsSchema({ permitNumber: false, parentPermitNumber: false }), "contactPhone"],
    ],
    cases: [
      ["", ["phoneRequired"]],
      ["12345", ["phoneFormat"]],
      ["+86 138 0013 1999", []],
    ],
  },
  {
    field: "code",
    forms: [
      ["sign-in code step", codeStepSchema, "code"],
      ["consent code", consentCodeSchema, "code"],
      ["binding code", bindingCodeSchema, "code"],
    ],
    cases: [
      [" ", ["codeRequired"]],
      ["12345a", ["codeFormat"]],
      ["1234567", ["codeFormat"]],
      ["123 456", []],
    ],
  },
  {
    field: "name",
    forms: [
      ["real-name step", realNameStepSchema, "name"],
      ["relative", relativeSchema, "name"],
    ],
    cases: [
      ["  ", ["nameRequired"]],
      ["名".repeat(61), ["nameTooLong"]],
      [` ${"名".repeat(60)} `, []],
    ],
  },
  {
    field: "ID number",
    forms: [
      ["real-name step", realNameStepSchema, "idNumber"],
      ["relative", relativeSchema, "idNumber"],
    ],
    cases: [
      ["", ["idRequired"]],
      ["1101051949", ["idFormat"]],
      ["110105194913310028", ["idBirthDate"]],
      ["110105194912310021", ["idCheckDigit"]],
      ["11010519491231002x", []],
    ],
  },
] as { field: string; forms: [string, Schema, string][]; cases: [string, string[]][] }[];

describe.each(FIELDS)("the $field field says the same in every form", ({ forms, cases }) => {
  it.each(forms)("%s", (_, schema, name) => {
    for (const [value, messages] of cases) expect([value, messagesFor(schema, name, value, VALID)]).toEqual([value, messages]);
  });
});

describe("registration's own fields", () => {
  it("relation, permit numbers, correction", () => {
    expect(messagesFor(relativeSchema, "relation", "cousin", VALID)).toEqual(["relationRequired"]);
    const needs = detailsSchema({ permitNumber: true, parentPermitNumber: true });
    expect(messagesFor(needs, "permitNumber", " ", VALID)).toEqual(["permitRequired"]);
    expect(messagesFor(needs, "parentPermitNumber", "", VALID)).toEqual(["parentPermitRequired"]);
    expect(messagesFor(needs, "permitNumber", "x".repeat(41), VALID)).toEqual(["permitFormat"]);
    expect(messagesFor(correctionSchema, "fact", "age", { note: "x" })).toEqual(["factRequired"]);
    expect(messagesFor(correctionSchema, "note", "  ", { fact: "school" })).toEqual(["noteRequired"]);
    expect(messagesFor(correctionSchema, "note", "x".repeat(501), { fact: "school" })).toEqual(["noteTooLong"]);
    expect(correctionSchema.safeParse({ fact: "school", note: " 已转学 " })).toEqual({ success: true, data: { fact: "school", note: "已转学" } });
  });
});
