import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { packById } from "@/lib/rules";
import { channelSourceLink } from "./channel-source";

const messages = (locale: string) => JSON.parse(readFileSync(`messages/family/${locale}.json`, "utf8"));

describe("the channel examples' source link, from the pack", () => {
  const rule = packById("ningbo-2026", "2025-11-20")?.familyAid;
  const source = rule?.kind === "account-debit" ? rule.localCity.source : "";

  it.each([
    ["zh-Hans", "查看原文：2026年度参保缴费相关问答五"],
    ["zh-Hant", "查看原文：2026年度參保繳費相關問答五"],
    ["en", "Read the source: 2026 questions and answers, question 5"],
  ] as const)("%s reads as it did when the clause was written out", (locale, text) => {
    const t = createTranslator({ locale, messages: messages(locale), namespace: "channelExamples" });
    const link = channelSourceLink(source, locale);
    expect(link.href).toBe("/sources/ningbo-2026-enrollment#问答五");
    expect(t("source", link.values)).toBe(text);
  });

  it("names the 2026 document also for the projected 2027 pack, which cites it", () => {
    const projected = packById("ningbo-2027", "2026-09-15")?.familyAid;
    const cited = projected?.kind === "account-debit" ? projected.localCity.source : "";
    expect(channelSourceLink(cited, "zh-Hans").values).toEqual({ year: "2026", question: "五" });
  });
});
