import { describe, expect, it } from "vitest";
import { chineseNumeral, clauseIds, parseDocument } from "./clauses";
import { SOURCE_DOCUMENTS, citationResolves, loadSource } from "./catalog";

describe("chineseNumeral", () => {
  it.each([
    ["一", 1],
    ["九", 9],
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["二十三", 23],
  ])("%s = %d", (text, value) => expect(chineseNumeral(text)).toBe(value));
});

describe("parseDocument", () => {
  const doc = [
    "# Title line",
    "# Source note",
    "一、总则",
    "（一）参保对象",
    "1.本市户籍",
    "(1)婴幼儿;",
    "(5)成年居民;",
    "continuation text",
    "2.持居住证",
    "(1)非本市户籍人员",
    "二、缴费",
    "(一)个人缴费 1.5 元",
    "一、问题一？",
    "1.答",
  ].join("\n");
  const blocks = parseDocument(doc, ["问答"]);

  it("keeps the header lines as metadata", () => {
    expect(blocks.slice(0, 2)).toEqual([
      { kind: "meta", text: "Title line" },
      { kind: "meta", text: "Source note" },
    ]);
  });

  it("names clauses by the document's own numbering", () => {
    expect([...clauseIds(blocks)]).toEqual([
      "一",
      "一(一)",
      "一(一)1",
      "一(一)1(1)",
      "一(一)1(5)",
      "一(一)2",
      "一(一)2(1)",
      "二",
      "二(一)",
      "问答一",
      "问答一1",
    ]);
  });

  it("keeps unnumbered lines with the clause above them", () => {
    const clause = blocks.find((b) => b.kind === "clause" && b.clause === "一(一)1(5)");
    expect(clause).toMatchObject({ lines: ["(5)成年居民;", "continuation text"] });
  });

  it("does not read a decimal number as a clause", () => {
    expect(clauseIds(parseDocument("1.5万元以下"))).toEqual(new Set());
  });
});

describe("the policy sources in content/", () => {
  it.each(SOURCE_DOCUMENTS.map((d) => d.id))("%s parses into numbered clauses", (id) => {
    expect(loadSource(id).clauses.size).toBeGreaterThan(5);
  });

  it.each([
    "ningbo-2026-enrollment#二(一)1(5)",
    "ningbo-2026-enrollment#一(一)",
    "ningbo-2026-enrollment#三(二)3",
    "ningbo-2026-enrollment#问答四",
    "ningbo-2026-enrollment#问答五",
    "ningbo-2023-notice-37#三(二)",
    "cixi-2023-funding-plan#二(二)",
    "fenghua-2022-faq#一",
    "ningxia-2026-notice-108#一(三)",
    "ningxia-2026-notice-108#通告一",
  ])("resolves the citation %s", (citation) => {
    expect(citationResolves(citation)).toBe(true);
  });

  it.each(["ningbo-2026-enrollment#九(九)", "unknown-doc#一", "ningbo-2026-enrollment#问答九"])(
    "rejects the citation %s",
    (citation) => expect(citationResolves(citation)).toBe(false),
  );
});
