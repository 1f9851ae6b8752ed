import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPacks } from "./catalog";
import { checkDraft, DRAFT_LIMIT_BYTES } from "./drafts";
import { compilePacks, PackFileError, POLICIES_DIR, readPackTexts, type PackProblem, type PackText } from "./load";

const published = readPackTexts(POLICIES_DIR);
const ningbo2026 = readFileSync(path.join(POLICIES_DIR, "ningbo-2026.yaml"), "utf8");

/** The example: next year's Ningbo pack, two figures restated, the rest inherited. */
const NINGBO_2027 = `id: ningbo-2027
extends: ningbo-2026
coverageYear: 2027
sources: [ningbo-2026-enrollment]
figures:
  fees.adult.individual: { value: 80000, source: "ningbo-2026-enrollment#二(二)", status: provisional }
  periods.registration:  { value: { start: 2026-09-15, end: 2026-12-25 }, source: "ningbo-2026-enrollment#一(一)", status: provisional }
`;

function problemsOf(texts: PackText[]): PackProblem[] {
  try {
    compilePacks(texts);
  } catch (error) {
    if (error instanceof PackFileError) return error.problems;
    throw error;
  }
  return [];
}

const lineOf = (text: string, fragment: string) => text.split("\n").findIndex((line) => line.includes(fragment)) + 1;
const child = (figures: string, head = "id: ningbo-2027\nextends: ningbo-2026\ncoverageYear: 2027\n") => `${head}figures:\n${figures}\n`;

describe("pack files", () => {
  it("the published files compile to the catalog's packs", () => {
    expect(compilePacks(published).map((pack) => pack.id).sort()).toEqual(publishedPacks.map((pack) => pack.id).sort());
  });

  it("an extending pack: what it restates, the rest carried forward from its parent to its year, provisional", () => {
    const packs = compilePacks([...published, { file: "content/policies/ningbo-2027.yaml", text: NINGBO_2027 }]);
    const pack = packs.find((candidate) => candidate.id === "ningbo-2027")!;
    expect(pack).toMatchObject({ region: "ningbo", coverageYear: 2027, projected: false, regionName: "宁波市" });
    expect(pack.fees.adult!.individual).toEqual({ value: 80000, source: "ningbo-2026-enrollment#二(二)", status: "provisional" });
    expect(pack.fees.infant!.individual.value).toBe(63000);
    expect(pack.periods.registration.value).toEqual({ start: "2026-09-15", end: "2026-12-25" });
    expect(pack.periods.coverage).toEqual({ value: { start: "2027-01-01", end: "2027-12-31" }, source: "ningbo-2026-enrollment#一(三)", status: "provisional" });
    expect(pack.baseDate.value).toBe("2026-12-31");
  });
});

describe("a broken pack file is refused with the file, the line, the key path and the reason", () => {
  const cases: [string, string, { path: string; code: string; reason: RegExp; line?: string }][] = [
    [
      "an unknown key",
      child("  fees.adult.individual: { value: 80000, source: ningbo-2026-enrollment#二(二), status: provisional }").replace("figures:", "figurez:"),
      { path: "figurez", code: "unknown-key", reason: /unknown key figurez/, line: "figurez:" },
    ],
    [
      "an unknown key inside a figure",
      child("  fees.adult.individual: { value: 80000, source: ningbo-2026-enrollment#二(二), status: provisional, note: x }"),
      { path: "figures.fees.adult.individual.note", code: "unknown-key", reason: /unknown key note/, line: "fees.adult.individual" },
    ],
    [
      "a figure without a source",
      child("  fees.adult.individual: { value: 80000, status: provisional }"),
      { path: "figures.fees.adult.individual.source", code: "missing", reason: /./, line: "fees.adult.individual" },
    ],
    [
      "a source that does not resolve",
      child("  fees.adult.individual: { value: 80000, source: ningbo-2026-enrollment#九(九), status: provisional }"),
      { path: "figures.fees.adult.individual.source", code: "unresolved-source", reason: /does not resolve/, line: "fees.adult.individual" },
    ],
    [
      "a date range that ends before it starts",
      child("  periods.registration: { value: { start: 2026-12-25, end: 2026-09-15 }, source: ningbo-2026-enrollment#一(一), status: provisional }"),
      { path: "figures.periods.registration.value.end", code: "range-ends-before-start", reason: /ends before it starts/, line: "periods.registration" },
    ],
    [
      "a negative fee",
      child("  fees.adult.individual: { value: -100, source: ningbo-2026-enrollment#二(二), status: provisional }"),
      { path: "figures.fees.adult.individual.value", code: "negative", reason: /negative/, line: "fees.adult.individual" },
    ],
    [
      "a figure the parent does not have",
      child("  fees.pensioner.individual: { value: 100, source: ningbo-2026-enrollment#二(二), status: provisional }"),
      { path: "figures.fees.pensioner.individual", code: "unknown-figure", reason: /has no figure/, line: "fees.pensioner" },
    ],
    ["an unknown parent", child("  {}", "id: ningbo-2027\nextends: ningbo-2019\ncoverageYear: 2027\n"), { path: "extends", code: "unknown-parent", reason: /unknown parent ningbo-2019/, line: "extends:" }],
    ["not YAML", "id: ningbo-2027\nfigures: { fees: [\n", { path: "", code: "not-yaml", reason: /not YAML/ }],
  ];

  it.each(cases)("%s", (_what, text, expected) => {
    const file = "content/policies/ningbo-2027.yaml";
    const problems = problemsOf([...published, { file, text }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file, path: expected.path, code: expected.code, reason: expect.stringMatching(expected.reason) });
    if (expected.line) expect(problems[0]!.line).toBe(lineOf(text, expected.line));
  });

  it("a negative fee in a whole pack, at its own line", () => {
    const text = ningbo2026.replace("individual: { value: 78000", "individual: { value: -78000");
    const problems = problemsOf([{ file: "content/policies/ningbo-2026.yaml", text }]);
    expect(problems).toEqual([
      { file: "content/policies/ningbo-2026.yaml", line: lineOf(text, "-78000"), path: "fees.adult.individual.value", code: "negative", reason: "Must not be negative" },
    ]);
  });

  it("an extends loop", () => {
    const a = { file: "content/policies/ningbo-2027.yaml", text: "id: ningbo-2027\nextends: ningbo-2028\ncoverageYear: 2027\n" };
    const b = { file: "content/policies/ningbo-2028.yaml", text: "id: ningbo-2028\nextends: ningbo-2027\ncoverageYear: 2028\n" };
    const problems = problemsOf([...published, a, b]);
    expect(problems.map((problem) => problem.reason)).toContainEqual(expect.stringMatching(/extends loop: .*ningbo-2027 → ningbo-2028 → ningbo-2027|extends loop: .*ningbo-2028 → ningbo-2027 → ningbo-2028/));
    expect(problems.map((problem) => problem.code)).toContain("extends-loop");
    // The other file of the loop is refused because its parent is.
    expect(problems.every((problem) => problem.path === "extends" && ["extends-loop", "broken-parent"].includes(problem.code))).toBe(true);
  });

  it("nothing is loaded half-way: one broken file refuses them all, and the error names each problem", () => {
    const broken = { file: "content/policies/ningbo-2027.yaml", text: child("  fees.adult.individual: { value: -1, source: ningbo-2026-enrollment#二(二), status: provisional }") };
    expect(() => compilePacks([...published, broken])).toThrow(PackFileError);
    expect(() => compilePacks([...published, broken])).toThrow(/ningbo-2027\.yaml:5 figures\.fees\.adult\.individual\.value: Must not be negative/);
  });

  it("a file whose id is not its name", () => {
    expect(problemsOf([{ file: "content/policies/ningbo-2030.yaml", text: NINGBO_2027 }])[0]).toMatchObject({ path: "id", reason: expect.stringMatching(/ningbo-2030/) });
  });
});

describe("a draft (the office's preview, rules -- check)", () => {
  it("compiles with the published packs and names the pack it extends", () => {
    const check = checkDraft("draft.yaml", NINGBO_2027, published);
    expect(check.ok && [check.draft.id, check.parent?.id]).toEqual(["ningbo-2027", "ningbo-2026"]);
  });

  it("over 256 KB is refused before it is read", () => {
    const check = checkDraft("big.yaml", `# ${"x".repeat(DRAFT_LIMIT_BYTES)}\n${NINGBO_2027}`, published);
    expect(check).toEqual({ ok: false, problems: [{ file: "big.yaml", path: "", code: "too-large", reason: expect.stringMatching(/over 256 KB/) }] });
  });

  it("not YAML is refused", () => {
    const check = checkDraft("notes.docx", "PK\u0003\u0004 {[: ]", published);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems[0]!.reason).toMatch(/not YAML|a pack file is a YAML mapping/);
  });
});
