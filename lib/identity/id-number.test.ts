import { describe, expect, it } from "vitest";
import { birthDateOf, checkCharacter, composeIdNumber, idNumberProblem, maskIdNumber, normalizeIdNumber } from "./id-number";

describe("ID numbers (GB 11643)", () => {
  it.each([
    // The standard's own example, and a number from the wild.
    ["11010519491231002", "X"],
    ["44052418800101001", "4"],
    // Worked by hand: the weighted sum is 171, 171 mod 11 = 6 → "6".
    ["33020319900101123", "6"],
  ])("check character of %s is %s", (first17, expected) => {
    expect(checkCharacter(first17)).toBe(expected);
  });

  it("accepts a well-formed number and says what is wrong with others", () => {
    expect(idNumberProblem("11010519491231002X")).toBeNull();
    expect(idNumberProblem("")).toBe("required");
    expect(idNumberProblem("1101051949123100")).toBe("format");
    expect(idNumberProblem("11010519491231002Y")).toBe("format");
    expect(idNumberProblem("110105194913310028")).toBe("birthDate");
    expect(idNumberProblem("110105194902300026")).toBe("birthDate");
    expect(idNumberProblem("110105194912310021")).toBe("checkDigit");
  });

  it("catches every single-digit typo", () => {
    const good = "11010519491231002X";
    for (let position = 0; position < 17; position += 1) {
      for (let digit = 0; digit <= 9; digit += 1) {
        if (String(digit) === good[position]) continue;
        const typo = good.slice(0, position) + digit + good.slice(position + 1);
        expect(idNumberProblem(typo), typo).not.toBeNull();
      }
    }
  });

  it("normalizes what an input method types", () => {
    expect(normalizeIdNumber(" １１０１０５ 19491231 002ｘ ")).toBe("11010519491231002X");
    expect(normalizeIdNumber("11010519491231002x")).toBe("11010519491231002X");
  });

  it("reads the birth date and composes numbers that pass", () => {
    const id = composeIdNumber("330203", "2007-01-01", "123");
    expect(idNumberProblem(id)).toBeNull();
    expect(birthDateOf(id)).toBe("2007-01-01");
    // HMT residence permits and foreign permanent-residence IDs use the same check.
    expect(idNumberProblem(composeIdNumber("810000", "1990-02-28", "001"))).toBeNull();
    expect(() => composeIdNumber("3302", "2007-01-01", "123")).toThrow();
  });

  it("masks all but the last four: neither place nor birth date is shown", () => {
    expect(maskIdNumber("33020319900101123X")).toBe("**************123X");
    expect(maskIdNumber("33020319900101123X")).not.toMatch(/3302|1990|0101/);
    expect(maskIdNumber("123")).toBe("***");
  });
});
