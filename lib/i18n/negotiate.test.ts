import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale (Accept-Language → portal locale)", () => {
  it.each([
    ["zh-TW", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-MO", "zh-Hant"],
    ["zh-Hant", "zh-Hant"],
    ["zh-Hant-TW", "zh-Hant"],
    ["zh-Hant-CN", "zh-Hant"],
    ["zh", "zh-Hans"],
    ["zh-CN", "zh-Hans"],
    ["zh-SG", "zh-Hans"],
    ["zh-Hans", "zh-Hans"],
    ["zh-Hans-HK", "zh-Hans"],
    ["en", "en"],
    ["en-US", "en"],
    ["en-GB,en;q=0.9", "en"],
    ["fr-FR", "zh-Hans"],
    ["de, ja;q=0.8", "zh-Hans"],
    ["", "zh-Hans"],
    ["*", "zh-Hans"],
  ] as const)("%s → %s", (header, expected) => {
    expect(negotiateLocale(header)).toBe(expected);
  });

  it("picks by q-value, then by order", () => {
    expect(negotiateLocale("en;q=0.5, zh-TW;q=0.9")).toBe("zh-Hant");
    expect(negotiateLocale("fr, en;q=0.8, zh;q=0.7")).toBe("en");
    expect(negotiateLocale("zh-HK, en")).toBe("zh-Hant");
  });

  it("skips refused ranges (q=0) and malformed q-values", () => {
    expect(negotiateLocale("en;q=0, zh-TW")).toBe("zh-Hant");
    expect(negotiateLocale("en;q=abc, zh-HK")).toBe("zh-Hant");
  });

  it("treats a missing header as the default locale", () => {
    expect(negotiateLocale(null)).toBe("zh-Hans");
    expect(negotiateLocale(undefined)).toBe("zh-Hans");
  });
});
