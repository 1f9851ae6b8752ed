import { describe, expect, it } from "vitest";
import { addDays, addMonths, addYears, ageOn, daysInclusive, firstOfMonth, lastOfMonth } from "./dates";

describe("dates", () => {
  it.each([
    ["2026-03-10", 3, "2026-06-10"],
    ["2026-11-30", 3, "2027-02-28"],
    ["2027-11-30", 3, "2028-02-29"],
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-10-31", 2, "2026-12-31"],
    ["2026-12-15", 1, "2027-01-15"],
    ["2026-05-31", -3, "2026-02-28"],
  ])("addMonths(%s, %i) = %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ["2025-11-15", 90, "2026-02-13"],
    ["2024-02-28", 1, "2024-02-29"],
    ["2026-12-31", 1, "2027-01-01"],
    ["2026-01-01", -1, "2025-12-31"],
  ])("addDays(%s, %i) = %s", (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it("addYears clamps 02-29", () => {
    expect(addYears("2024-02-29", 1)).toBe("2025-02-28");
    expect(addYears("2025-09-15", 1)).toBe("2026-09-15");
  });

  it.each([
    ["2026-06-10", "2026-12-31", 205],
    ["2026-01-01", "2026-12-31", 365],
    ["2026-12-31", "2026-12-31", 1],
    ["2027-01-01", "2026-12-31", 0],
  ])("daysInclusive(%s, %s) = %i", (start, end, expected) => {
    expect(daysInclusive(start, end)).toBe(expected);
  });

  it.each([
    ["1990-05-01", "2025-12-31", 35],
    ["2007-12-31", "2025-12-31", 18],
    ["2007-01-01", "2025-12-31", 18],
    ["2006-12-31", "2025-12-31", 19],
    ["2019-12-31", "2025-12-31", 6],
    ["2020-01-01", "2025-12-31", 5],
    ["2008-02-29", "2026-02-28", 17],
    ["2008-02-29", "2026-03-01", 18],
    ["2026-01-01", "2025-12-31", -1],
  ])("ageOn(%s, %s) = %i", (birth, date, expected) => {
    expect(ageOn(birth, date)).toBe(expected);
  });

  it("month ends", () => {
    expect(firstOfMonth("2026-03-10")).toBe("2026-03-01");
    expect(lastOfMonth("2028-02-10")).toBe("2028-02-29");
  });
});
