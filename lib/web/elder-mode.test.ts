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
    // Issue 13: what a Location header can carry, and never a 500.
    ["/zh-Hans/sources/%zz", "/zh-Hans"],
    ["/zh-Hans/\uFFFD%A", "/zh-Hans"],
    ["/zh-Hans/中文?q=一#二", "/zh-Hans/%E4%B8%AD%E6%96%87?q=%E4%B8%80#%E4%BA%8C"],
    ["/zh-Hans/a\u2028b", "/zh-Hans/a%E2%80%A8b"],
    ["/.//evil.example", "/zh-Hans"],
    ["/zh-Hans\u007f", "/zh-Hans"],
  ])("%s → %s", (value, expected) => {
    expect(safeReturnPath(value, "/zh-Hans")).toBe(expected);
  });

  it("refuses a path too long to be one of ours", () => {
    expect(safeReturnPath(`/${"a".repeat(3000)}`, "/zh-Hans")).toBe("/zh-Hans");
  });
});
