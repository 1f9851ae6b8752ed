import { describe, expect, it } from "vitest";
import { z } from "zod";
import { answerSchema, policiesResponseSchema, requestSchema } from "./schema";

describe("schemas", () => {
  it("generate JSON Schema for the OpenAPI document", () => {
    expect(() => z.toJSONSchema(requestSchema, { io: "input" })).not.toThrow();
    expect(() => z.toJSONSchema(answerSchema)).not.toThrow();
    expect(() => z.toJSONSchema(policiesResponseSchema)).not.toThrow();
  });

  it("fills every default from the two required fields", () => {
    const parsed = requestSchema.parse({ person: { birthDate: "1990-05-01", residency: "local-hukou" } });
    expect(parsed).toEqual({
      region: "ningbo",
      person: {
        birthDate: "1990-05-01",
        residency: "local-hukou",
        parentResidencePermit: false,
        employed: false,
        school: "none",
        otherInsurance: "none",
        assistance: [],
        history: { insuredLastYear: false, lastCategory: null, consecutiveYears: 0, gapYears: 0, zeroClaimLastYear: false },
        newborn: { payPreviousYear: false },
      },
    });
  });

  it.each([
    ["2023-02-29"],
    ["2026-04-31"],
    ["2026-13-01"],
    ["1899-12-31"],
    ["2026-3-1"],
  ])("rejects %s as a date", (date) => {
    expect(requestSchema.safeParse({ asOf: date, person: { birthDate: "1990-05-01", residency: "none" } }).success).toBe(false);
    expect(requestSchema.safeParse({ person: { birthDate: date, residency: "none" } }).success).toBe(false);
  });

  it.each([
    [{ gapYears: -1 }],
    [{ gapYears: 1.5 }],
    [{ consecutiveYears: 201 }],
  ])("rejects history %j", (history) => {
    expect(requestSchema.safeParse({ person: { birthDate: "1990-05-01", residency: "none", history } }).success).toBe(false);
  });

  it("accepts 2024-02-29", () => {
    expect(requestSchema.safeParse({ asOf: "2024-02-29", person: { birthDate: "2024-02-29", residency: "none" } }).success).toBe(true);
  });
});
