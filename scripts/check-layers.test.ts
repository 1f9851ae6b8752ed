import { describe, expect, it } from "vitest";
import { brokenWalls, circles, importGraph, importsOf, type Import } from "./check-layers";

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
    ["lib/auth/sign-in.ts", "components/account/CodeForm.tsx"],
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
    expect(circles(real)).toEqual([]);
  });
});
