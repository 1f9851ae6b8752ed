import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { publishedPacks } from "./catalog";
import { caseTablesOf, readCases, runCase } from "./cases";
import { POLICIES_DIR } from "./load";

describe.each(caseTablesOf(POLICIES_DIR).map((table) => [table.packId, table] as const))("content/policies/%s.cases.yaml", (packId, table) => {
  it("exists beside its pack: a pack without cases fails the test command", () => {
    expect(table.text, `${packId} has no ${path.basename(table.file)}`).not.toBeNull();
  });
  const pack = publishedPacks.find((candidate) => candidate.id === packId);
  it.each((table.text ? readCases(table.text) : []).map((row) => [row.name, row] as const))("%s", (_name, row) => {
    expect(runCase(pack!, row).mismatches).toEqual([]);
  });
});

describe("case tables", () => {
  it("a pack file with no case table beside it is found", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "packs-"));
    try {
      cpSync(path.join(POLICIES_DIR, "ningbo-2026.yaml"), path.join(dir, "ningbo-2026.yaml"));
      expect(caseTablesOf(dir)).toEqual([{ packId: "ningbo-2026", file: path.join(dir, "ningbo-2026.cases.yaml"), text: null }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a case whose answer differs lists the field, what was expected and what came", () => {
    const pack = publishedPacks.find((candidate) => candidate.id === "ningbo-2026")!;
    const [row] = readCases(`- name: wrong on purpose
  input: { asOf: 2025-10-01, person: { birthDate: 1990-05-01, residency: local-hukou } }
  output: { contribution.individual: 1, category: adult }
`);
    expect(runCase(pack, row!).mismatches).toEqual([{ field: "contribution.individual", expected: 1, actual: 78000 }]);
  });

  it.each([
    ["an empty table", "[]"],
    ["a case without output", "- { name: x, input: { person: {} } }"],
    ["an unknown key", "- { name: x, input: {}, output: { eligible: true }, expect: 1 }"],
  ])("refuses %s", (_what, text) => {
    expect(() => readCases(text)).toThrow();
  });

});
