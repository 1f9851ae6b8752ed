import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import en from "@/messages/reasons/en.json";
import zhHans from "@/messages/reasons/zh-Hans.json";
import zhHant from "@/messages/reasons/zh-Hant.json";
import { plainDate, requestArbitrary } from "./arbitraries";
import { evaluate } from "./evaluate";
import { otherMessageCodes, reasonCodes } from "./reason-codes";
import { requestSchema } from "./schema";

const locales = { "zh-Hans": zhHans, "zh-Hant": zhHant, en } as const;

function flatten(node: unknown, prefix = ""): Record<string, string> {
  if (typeof node === "string") return { [prefix]: node };
  return Object.entries(node as Record<string, unknown>).reduce<Record<string, string>>(
    (flat, [key, value]) => ({ ...flat, ...flatten(value, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const flat = Object.fromEntries(Object.entries(locales).map(([locale, messages]) => [locale, flatten(messages)]));

describe("messages/reasons", () => {
  const expected = [...reasonCodes, ...otherMessageCodes].sort();

  it.each(Object.keys(locales))("%s has exactly one message per code", (locale) => {
    expect(Object.keys(flat[locale] ?? {}).sort()).toEqual(expected);
  });

  it("zh-Hant is written in Traditional characters (opencc Simplified→Traditional leaves it unchanged)", () => {
    for (const to of ["t", "tw"] as const) {
      const convert = OpenCC.Converter({ from: "cn", to });
      for (const [code, text] of Object.entries(flat["zh-Hant"] ?? {})) expect(convert(text), code).toBe(text);
    }
  });

  it("every reason of every answer formats in every locale with its params", () => {
    const translators = (Object.keys(locales) as (keyof typeof locales)[]).map((locale) => ({
      locale,
      t: createTranslator({
        locale,
        messages: { reasons: locales[locale] },
        namespace: "reasons",
        onError: (error) => {
          throw error;
        },
      }),
    }));
    fc.assert(
      fc.property(requestArbitrary, plainDate, (raw, today) => {
        const result = evaluate(requestSchema.parse(raw), { today });
        if (!result.ok) return;
        const answer = result.answer;
        for (const reason of [...answer.reasons, ...answer.ineligibility]) {
          for (const { locale, t } of translators) {
            const text = (t as (key: string, values?: Record<string, string | number>) => string)(reason.code, reason.params);
            expect(text, `${locale} ${reason.code}`).not.toMatch(/[{}]/);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
