import { describe, expect, it } from "vitest";
import { maskPhone, normalizePhone, phoneProblem } from "./phone";

describe("mobile numbers", () => {
  it.each([
    ["138 0013 1999", "13800131999"],
    ["138-0013-1999", "13800131999"],
    ["+86 13800131999", "13800131999"],
    ["008613800131999", "13800131999"],
    ["１３８００１３１９９９", "13800131999"],
  ])("normalizes %s", (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected);
    expect(phoneProblem(normalizePhone(raw))).toBeNull();
  });

  it.each([
    ["", "required"],
    ["1380013199", "format"],
    ["12800131999", "format"],
    ["138001319999", "format"],
    ["0574-8888888", "format"],
  ])("rejects %j as %s", (raw, problem) => {
    expect(phoneProblem(normalizePhone(raw))).toBe(problem);
  });

  it("masks the middle four digits", () => {
    expect(maskPhone("13800131999")).toBe("138****1999");
  });
});
