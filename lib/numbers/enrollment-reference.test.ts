import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { composeReference, formatReference, isValidReference } from "./enrollment-reference";

describe("reference numbers", () => {
  it("composes CX + year + 8 digits + check character, and validates it", () => {
    const reference = composeReference(2026, 123);
    expect(reference).toMatch(/^CX202600000123[\dX]$/);
    expect(isValidReference(reference)).toBe(true);
    expect(isValidReference(reference.toLowerCase().replace("cx2026", "cx 2026-"))).toBe(true);
    expect(formatReference(reference)).toBe(`CX 2026 0000 0123 ${reference.at(-1)}`);
  });

  it("catches every single mistyped digit and every swap of neighbouring digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2020, max: 2099 }), fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 2, max: 13 }), (year, sequence, at) => {
        const reference = composeReference(year, sequence);
        const digit = Number(reference[at]);
        const typo = `${reference.slice(0, at)}${(digit + 1) % 10}${reference.slice(at + 1)}`;
        const swapped = `${reference.slice(0, at)}${reference[at + 1]}${reference[at]}${reference.slice(at + 2)}`;
        expect(isValidReference(typo)).toBe(false);
        if (reference[at] !== reference[at + 1] && at < 13) expect(isValidReference(swapped)).toBe(false);
      }),
    );
  });

  it("refuses other shapes", () => {
    for (const raw of ["", "CX2026", "XX2026000001230", "CX20260000012300", "CX202600000123Y"]) expect(isValidReference(raw)).toBe(false);
  });
});
