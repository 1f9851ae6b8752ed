import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./elder-mode";

describe("safeReturnPath", () => {
  it.each([
    ["/zh-Hans/sources/fenghua-2022-faq", "/zh-Hans/sources/fenghua-2022-faq"],
    ["/en", "/en"],
    ["https://evil.example/", "/zh-Hans"],
    ["//evil.example/", "/zh-Hans"],
    ["/\\evil.example", "/zh-Hans"],
    ["javascript:alert(1)", "/zh-Hans"],
    ["/zh-Hans\r\nSet-Cookie: x=1", "/zh-Hans"],
    [undefined, "/zh-Hans"],
    [42, "/zh-Hans"],
  ])("%s → %s", (value, expected) => {
    expect(safeReturnPath(value, "/zh-Hans")).toBe(expected);
  });
});
