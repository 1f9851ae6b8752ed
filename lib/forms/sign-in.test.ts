import { describe, expect, it } from "vitest";
import { codeStepSchema, phoneStepSchema, realNameStepSchema } from "./sign-in";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]);

describe("sign-in form schemas (browser and server)", () => {
  it("phone step", () => {
    expect(messages(phoneStepSchema.safeParse({ phone: "" }))).toEqual([["phone", "phoneRequired"]]);
    expect(messages(phoneStepSchema.safeParse({ phone: "12345" }))).toEqual([["phone", "phoneFormat"]]);
    expect(messages(phoneStepSchema.safeParse({ phone: "138 0013 1999" }))).toEqual([]);
  });

  it("code step", () => {
    expect(messages(codeStepSchema.safeParse({ code: " " }))).toEqual([["code", "codeRequired"]]);
    expect(messages(codeStepSchema.safeParse({ code: "12345a" }))).toEqual([["code", "codeFormat"]]);
    expect(messages(codeStepSchema.safeParse({ code: "123 456" }))).toEqual([]);
  });

  it("real-name step: every ID number problem has its own message", () => {
    const check = (idNumber: string, name = "林志强") => messages(realNameStepSchema.safeParse({ name, idNumber }));
    expect(check("11010519491231002X")).toEqual([]);
    expect(check("11010519491231002X", "  ")).toEqual([["name", "nameRequired"]]);
    expect(check("11010519491231002X", "名".repeat(61))).toEqual([["name", "nameTooLong"]]);
    expect(check("")).toEqual([["idNumber", "idRequired"]]);
    expect(check("1101051949")).toEqual([["idNumber", "idFormat"]]);
    expect(check("110105194913310028")).toEqual([["idNumber", "idBirthDate"]]);
    expect(check("110105194912310021")).toEqual([["idNumber", "idCheckDigit"]]);
  });
});
