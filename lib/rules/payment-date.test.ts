import { describe, expect, it } from "vitest";
import { adultRequest, dueDateCases, rulesDateCases } from "./payment-date.cases";
import { coverOn, dueDateFor, payableOn, rulesDate } from "./payment-date";
import type { ParsedRequest } from "./schema";

const adult = (policy: string, region: "ningbo" | "ningxia"): ParsedRequest => adultRequest(policy, region);

describe("due dates (RULES.md: periods, late payment)", () => {
  it("ningbo-2026 inside the payment period: its last day, 2025-12-26", () => {
    const request = adult("ningbo-2026", "ningbo");
    expect(dueDateFor(request, "2025-11-20", payableOn(request, "2025-11-20")!)).toBe("2025-12-26");
  });

  it("ningbo-2026 after the period (年中参保): the same amount until the end of the coverage year", () => {
    const request = adult("ningbo-2026", "ningbo");
    expect(dueDateFor(request, "2026-03-10", payableOn(request, "2026-03-10")!)).toBe("2026-12-31");
  });

  it("ningxia-2026 late payment: 400 yuan until 2026-06-30, when the late fee rises to 1100", () => {
    const request = adult("ningxia-2026", "ningxia");
    expect(payableOn(request, "2026-03-10")).toBe(40_000);
    expect(dueDateFor(request, "2026-03-10", 40_000)).toBe("2026-06-30");
    expect(payableOn(request, "2026-07-01")).toBe(110_000);
  });
});

describe("coverage fixed by the payment date", () => {
  const request = adult("ningbo-2026", "ningbo");
  it("paid in the period: the whole year", () => {
    expect(coverOn(request, "2025-12-01")).toMatchObject({ start: "2026-01-01", end: "2026-12-31", benefitDays: 365 });
  });
  it("paid on 2026-03-10: three months' wait", () => {
    expect(coverOn(request, "2026-03-10")).toMatchObject({ start: "2026-06-10", benefitDays: 205 });
  });
  it("paid on 2026-10-20: no cover this year", () => {
    expect(coverOn(request, "2026-10-20")).toMatchObject({ start: null, benefitDays: 0 });
  });
});

describe("the date a payment is asked on (payment-date.cases.ts)", () => {
  it.each(rulesDateCases.map((row) => [row.name, row] as const))("%s", (_name, row) => {
    expect(rulesDate(row.request, row.paidOn, row.registeredOn)).toBe(row.expected.rulesDate);
    expect(coverOn(row.request, row.paidOn, row.registeredOn)?.start).toBe(row.expected.coverStart);
  });
});

describe("due dates (payment-date.cases.ts)", () => {
  it.each(dueDateCases.map((row) => [row.name, row] as const))("%s", (_name, row) => {
    expect(payableOn(row.request, row.issuedOn)).toBe(row.amountFen);
    expect(dueDateFor(row.request, row.issuedOn, row.amountFen)).toBe(row.expected);
  });
});
