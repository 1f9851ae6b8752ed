import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { brokenWalls, circles, importGraph, importsOf, policyNameFiles, policyNamesOutsideRules, type Import } from "./check-layers";

const graph = (entries: Record<string, (string | Import)[]>) =>
  new Map(Object.entries(entries).map(([file, list]) => [file, list.map((i) => (typeof i === "string" ? { target: i, typeOnly: false } : i))]));

describe("the walls of the house", () => {
  it.each([
    ["lib/rules/evaluate.ts", "lib/db/schema/index.ts"],
    ["lib/rules/evaluate.ts", "messages/reasons/en.json"],
    ["lib/db/client.ts", "lib/demo/first-start.ts"],
    ["lib/db/client.ts", "lib/services/payment/notices.ts"],
    ["lib/services/enrollment/registry-facts.ts", "lib/check/context.ts"],
    ["lib/services/payment/notices.ts", "components/payment/NoticeView.tsx"],
    ["components/family/FamilyForMe.tsx", "app/[locale]/family/actions.ts"],
    ["components/family/FamilyForMe.tsx", "lib/db/client.ts"],
    ["components/family/FamilyForMe.tsx", "lib/auth/request.ts"],
    ["components/family/FamilyView.tsx", "lib/services/family/payer-reasons.ts"],
    ["lib/auth/sign-in.ts", "components/sign-in/CodeForm.tsx"],
  ])("%s may not import %s", (file, target) => {
    expect(brokenWalls(graph({ [file]: [target] }))).toHaveLength(1);
  });

  it.each([
    ["lib/rules/evaluate.ts", "lib/rules/packs/catalog.ts"],
    ["lib/db/schema/enrollment.ts", "lib/rules/index.ts"],
    ["lib/services/payment/notices.ts", "lib/db/driver.ts"],
    ["lib/demo/notices.ts", "lib/services/payment/record-payment.ts"],
    ["components/payment/NoticeView.tsx", "lib/format.ts"],
    ["app/[locale]/pay/page.tsx", "lib/services/payment/payables.ts"],
    ["lib/web/require-actor.ts", "lib/auth/request.ts"],
  ])("%s may import %s", (file, target) => {
    expect(brokenWalls(graph({ [file]: [target] }))).toEqual([]);
  });

  it("lets a view name the types of the data it is handed, not call a service", () => {
    const view = "components/payment/NoticeView.tsx";
    expect(brokenWalls(graph({ [view]: [{ target: "lib/services/payment/payables.ts", typeOnly: true }] }))).toEqual([]);
    expect(brokenWalls(graph({ [view]: [{ target: "lib/services/payment/payables.ts", typeOnly: false }] }))).toHaveLength(1);
  });

  it("lets a test reach across walls", () => {
    expect(brokenWalls(graph({ "lib/rules/packs/packs.test.ts": ["lib/sources/catalog.ts"] }))).toEqual([]);
  });

  it("reads type-only, re-exported and dynamic imports", () => {
    const text = [
      'import type { Pack } from "@/lib/rules/packs/types";',
      'import { type Db } from "@/lib/db/types";',
      'import { getDb, type OpenDatabase } from "@/lib/db/client";',
      'export * from "./driver";',
      'const later = () => import("@/lib/demo/first-start");',
    ].join("\n");
    const imports = importsOf("lib/db/open.ts", text);
    expect(imports).toEqual(
      expect.arrayContaining([
        { target: "lib/rules/packs/types.ts", typeOnly: true },
        { target: "lib/db/types.ts", typeOnly: true },
        { target: "lib/db/client.ts", typeOnly: false },
        { target: "lib/db/driver.ts", typeOnly: false },
        { target: "lib/demo/first-start.ts", typeOnly: false },
      ]),
    );
  });

  it("finds import circles, type-only ones included", () => {
    const found = circles(graph({ "a.ts": ["b.ts"], "b.ts": [{ target: "c.ts", typeOnly: true }], "c.ts": ["a.ts"], "d.ts": ["a.ts"] }));
    expect(found).toEqual([["a.ts", "b.ts", "c.ts"]]);
    expect(circles(graph({ "a.ts": ["b.ts"], "b.ts": [] }))).toEqual([]);
  });

  it("holds for this repository", () => {
    const real = importGraph();
    expect(real.size).toBeGreaterThan(300);
    expect(brokenWalls(real)).toEqual([]);
    expect(circles(real)).toEqual([]);
  });
});


describe("policyNamesOutsideRules", () => {
  const check = (file: string, text: string) => policyNamesOutsideRules(new Map([[file, text]]));

  it("fails on a pack id in a service, a view or a message", () => {
    expect(check("lib/services/payment/x.ts", 'const pack = packById("ningbo-2026", today);')).toEqual([
      'lib/services/payment/x.ts:1 names "ningbo-2026": packs and clauses are named in lib/rules only; take the clause from the answer or the pack',
    ]);
    expect(check("components/family/X.tsx", "// ningxia-2027 is projected")).toHaveLength(1);
    expect(check("messages/family/en.json", '{ "a": "fenghua-2022 rules" }')).toHaveLength(1);
    expect(check("app/[locale]/page.tsx", "\n\nif (id === `ningbo-2023`) {}")[0]).toMatch(/^app\/\[locale\]\/page\.tsx:3 /);
  });

  it("fails on a clause, written with its document or as an anchor", () => {
    expect(check("lib/services/family/x.ts", 'source: "ningbo-2026-enrollment#问答五"')).toEqual([
      'lib/services/family/x.ts:1 names "ningbo-2026-enrollment#": packs and clauses are named in lib/rules only; take the clause from the answer or the pack',
    ]);
    expect(check("components/x.tsx", "<Link href={`/sources/${doc}#问答五`} />")).toHaveLength(1);
    expect(check("components/x.tsx", "// see #二(一)1(5)")).toHaveLength(1);
    expect(check("lib/web/x.ts", "`${S}#通告一`")).toHaveLength(1);
  });

  it("lets the rules, the demo and tests name packs, and anyone name a document", () => {
    expect(check("lib/rules/packs/ningbo-2026.ts", 'id: "ningbo-2026", cite: "ningbo-2026-enrollment#一"')).toEqual([]);
    expect(check("lib/demo/people.ts", 'packId: "ningbo-2026"')).toEqual([]);
    expect(check("lib/services/family/family.test.ts", 'packById("ningbo-2026", today)')).toEqual([]);
    expect(check("messages/zh-Hans.json", '"ningbo-2026-enrollment": { "title": "…" }')).toEqual([]);
    expect(check("components/x.tsx", 'href="/sources#top" date="2026-01-01" year="2026"')).toEqual([]);
  });

  it("finds nothing in the project as it is", () => {
    const files = policyNameFiles();
    expect(files).toContain("messages/family/zh-Hans.json");
    expect(files).toContain("lib/services/family/payer-standing.ts");
    expect(files.some((f) => f.startsWith("lib/rules/") || f.startsWith("lib/demo/") || f.endsWith(".test.ts"))).toBe(false);
    expect(policyNamesOutsideRules(new Map(files.map((f) => [f, readFileSync(f, "utf8")])))).toEqual([]);
  });
});

describe("walls around the rules", () => {
  const graph = (file: string, ...targets: string[]) => new Map<string, Import[]>([[file, targets.map((target) => ({ target, typeOnly: false }))]]);

  it("services may not import the J1 journey", () => {
    expect(brokenWalls(graph("lib/services/enrollment/registry-facts.ts", "lib/check/context.ts"))).toHaveLength(1);
    expect(brokenWalls(graph("lib/services/enrollment/registry-facts.ts", "lib/rules/index.ts"))).toEqual([]);
  });

  it("the rules import only themselves; the database only itself and the rules", () => {
    expect(brokenWalls(graph("lib/rules/packs/catalog.ts", "lib/clock.ts"))).toHaveLength(1);
    expect(brokenWalls(graph("lib/db/schema/registry.ts", "lib/rules/vocabulary.ts", "lib/db/schema/columns.ts"))).toEqual([]);
    expect(brokenWalls(graph("lib/db/schema/registry.ts", "lib/identity/id-number.ts"))).toHaveLength(1);
  });

  it("the vocabulary is a leaf: a browser form that imports it loads nothing else", () => {
    expect(importsOf("lib/rules/vocabulary.ts")).toEqual([]);
    expect(readFileSync("lib/rules/vocabulary.ts", "utf8")).not.toMatch(/^\s*(import|export .* from)\b/m);
  });
});
