import { describe, expect, it } from "vitest";
import { formatBasisPoints, formatDate, formatMoney } from "./format";

describe("formatMoney (fen → yuan)", () => {
  it.each([
    ["zh-Hans", 78000, "¥780.00"],
    ["zh-Hant", 78000, "¥780.00"],
    ["en", 78000, "¥780.00"],
    ["zh-Hans", 0, "¥0.00"],
    ["en", 209000, "¥2,090.00"],
    ["zh-Hans", 5, "¥0.05"],
  ] as const)("%s %d → %s", (locale, fen, text) => {
    expect(formatMoney(fen, locale)).toBe(text);
  });
});

describe("formatDate (calendar dates, no time zone shift)", () => {
  it.each([
    ["zh-Hans", "2026-01-01", "2026年1月1日"],
    ["zh-Hant", "2026-01-01", "2026年1月1日"],
    ["en", "2026-01-01", "1 January 2026"],
    ["zh-Hans", "2025-12-31", "2025年12月31日"],
    ["en", "2026-02-13", "13 February 2026"],
  ] as const)("%s %s → %s", (locale, date, text) => {
    expect(formatDate(date, locale)).toBe(text);
  });
});

describe("formatBasisPoints (rates)", () => {
  it.each([
    [9950, "en", "99.5%"],
    [9949, "en", "99.49%"],
    [10_000, "zh-Hans", "100%"],
    [3333, "zh-Hant", "33.33%"],
    [0, "en", "0%"],
  ] as const)("%i bp in %s", (basisPoints, locale, expected) => {
    expect(formatBasisPoints(basisPoints, locale)).toBe(expected);
  });
});
