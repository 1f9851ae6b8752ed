import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mod11_2 } from "./check-character";

/** GB 11643-1999 as the standard writes it: weights 2^(17-i) mod 11, then the table 1 0 X 9 8 7 6 5 4 3 2. */
function gb11643(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((total, digit, i) => total + Number(digit) * weights[i]!, 0);
  return "10X98765432"[sum % 11]!;
}

describe("MOD 11-2 check character", () => {
  it("is the GB 11643 check character of the ID number", () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{17}$/), (digits) => mod11_2(digits) === gb11643(digits)));
    // The example of GB 11643-1999: 11010519491231002 → X.
    expect(mod11_2("11010519491231002")).toBe("X");
  });

  it("catches one mistyped digit and two swapped neighbours", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.nat(11), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const typo = digits.slice(0, at) + String((Number(digits[at]) + shift) % 10) + digits.slice(at + 1);
        return mod11_2(typo) !== mod11_2(digits);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), fc.nat(10), (digits, at) => {
        fc.pre(digits[at] !== digits[at + 1]);
        const swapped = digits.slice(0, at) + digits[at + 1] + digits[at] + digits.slice(at + 2);
        return mod11_2(swapped) !== mod11_2(digits);
      }),
    );
  });
});
