import { describe, expect, it } from "vitest";
import { packById } from "./packs/catalog";
import { describePack } from "./policies";
import { assistedTarget, localHukouTarget, rateBasisPoints, reachesTarget } from "./targets";

const pack = (id: string) => packById(id, "2026-12-31")!;

describe("参保率 against a target (basis points)", () => {
  it.each([
    // [count, population, target, reaches, rate]
    [199, 200, 9950, true, 9950],
    [1990, 2000, 9950, true, 9950],
    [1989, 2000, 9950, false, 9945],
    [994, 1000, 9950, false, 9940],
    [2, 3, 6667, false, 6666],
    [10, 10, 10_000, true, 10_000],
    [9, 10, 10_000, false, 9000],
    [0, 0, 9950, null, null],
  ] as const)("%i of %i against %i bp", (count, population, target, reaches, rate) => {
    expect(reachesTarget(count, population, target)).toBe(reaches);
    expect(rateBasisPoints(count, population)).toBe(rate);
  });
});

describe("targets in the packs", () => {
  it("cixi-2023-funding-plan 一(一): 本市户籍参保率 99.5%, standing in for Ningbo 2023", () => {
    expect(localHukouTarget(pack("ningbo-2023"))).toEqual({ value: 9950, source: "cixi-2023-funding-plan#一(一)", status: "provisional" });
  });

  it.each(["extreme-poverty", "minimum-living", "severe-disability", "near-minimum-living"] as const)("cixi 一(一): %s 资助参保率 100%%", (group) => {
    expect(assistedTarget(pack("ningbo-2023"), group)).toMatchObject({ value: 10_000, source: "cixi-2023-funding-plan#一(一)" });
  });

  it("cixi 一(一) names four groups: orphans and 优抚对象 have no target in the sources", () => {
    expect(assistedTarget(pack("ningbo-2023"), "orphan")).toBeNull();
    expect(assistedTarget(pack("ningbo-2023"), "special-care")).toBeNull();
  });

  it("ningxia-2026 四(二): 低收入人口和脱贫人口 99%, the groups a provisional reading; no target for everyone", () => {
    expect(assistedTarget(pack("ningxia-2026"), "lifted-from-poverty")).toEqual({ value: 9900, source: "ningxia-2026-notice-108#四(二)", status: "provisional" });
    expect(assistedTarget(pack("ningxia-2026"), "moderate-disability")).toBeNull();
    expect(localHukouTarget(pack("ningxia-2026"))).toBeNull();
  });

  it.each(["ningbo-2026", "fenghua-2022"])("%s: no target in its sources", (id) => {
    expect(localHukouTarget(pack(id))).toBeNull();
    expect(assistedTarget(pack(id), "minimum-living")).toBeNull();
  });

  it("a projected year carries the target forward as provisional (RULES.md Years without a published notice)", () => {
    expect(assistedTarget(pack("ningxia-2027"), "minimum-living")).toMatchObject({ value: 9900, status: "provisional" });
  });
});

describe("targets and the resident's description of a pack", () => {
  it("are not among the published figures, so that adding one does not tell registered residents the pack changed", () => {
    const figures = Object.keys(describePack(pack("ningbo-2023")).figures);
    expect(figures.length).toBeGreaterThan(10);
    expect(figures.filter((key) => key.startsWith("targets"))).toEqual([]);
  });
});
