import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeNoticeNumber, formatNoticeNumber, isValidNoticeNumber, normalizeNoticeNumber } from "./notice-number";

describe("payment notice numbers", () => {
  it("compose a number that validates, and read back from its printed form", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2099 }), fc.integer({ min: 1, max: 999_999_999 }), (year, sequence) => {
        const number = composeNoticeNumber(year, sequence);
        expect(isValidNoticeNumber(number)).toBe(true);
        expect(normalizeNoticeNumber(formatNoticeNumber(number))).toBe(number);
      }),
    );
  });

  it("catch a changed digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), fc.integer({ min: 2, max: 14 }), fc.integer({ min: 1, max: 9 }), (sequence, position, delta) => {
        const number = composeNoticeNumber(2026, sequence);
        const digit = (Number(number[position]) + delta) % 10;
        const changed = `${number.slice(0, position)}${digit}${number.slice(position + 1)}`;
        expect(isValidNoticeNumber(changed)).toBe(false);
      }),
    );
  });

  it("refuse other shapes", () => {
    for (const raw of ["", "JF2026", "CX2026000000017", "JF20260000000171X", "../JF2026000000001"]) expect(isValidNoticeNumber(raw)).toBe(false);
  });
});
