import { describe, expect, it } from "vitest";
import { citationResolves } from "@/lib/sources/catalog";
import { addYears } from "../dates";
import { packFigures } from "../policies";
import { packsOn, projectedPacks, publishedPacks } from "./catalog";
import { citationsOf } from "./figure-paths";
import { projectPack } from "./project";
import type { Pack } from "./types";

/** Every "<source>#<clause>" string anywhere in a pack. */
const citations = (pack: Pack) => [...new Set(citationsOf(pack).map(({ citation }) => citation))].sort();

describe.each(packsOn("2026-12-31").map((pack) => [pack.id, pack] as const))("pack %s", (_id, pack) => {
  it.each(citations(pack))("cites an existing clause: %s", (citation) => {
    expect(citationResolves(citation)).toBe(true);
  });
});

describe("published packs", () => {
  it("have unique ids, one per region and coverage year", () => {
    const keys = publishedPacks.map((pack) => `${pack.region}-${pack.coverageYear}`);
    expect(new Set(publishedPacks.map((pack) => pack.id)).size).toBe(publishedPacks.length);
    expect(new Set(keys).size).toBe(publishedPacks.length);
  });
});

describe("projected packs (RULES.md Years without a published notice)", () => {
  it("none before 2026-09-15; ningbo-2027 from 2026-09-15; ningxia-2027 from 2026-10-29", () => {
    expect(projectedPacks("2026-09-14").map((pack) => pack.id)).toEqual([]);
    expect(projectedPacks("2026-09-15").map((pack) => pack.id)).toEqual(["ningbo-2027"]);
    expect(projectedPacks("2026-10-28").map((pack) => pack.id)).toEqual(["ningbo-2027"]);
    expect(projectedPacks("2026-10-29").map((pack) => pack.id)).toEqual(["ningbo-2027", "ningxia-2027"]);
  });

  it.each([
    [publishedPacks.find((pack) => pack.id === "ningbo-2026")!, "ningbo-2027"],
    [publishedPacks.find((pack) => pack.id === "ningxia-2026")!, "ningxia-2027"],
  ] as const)("%#: the latest pack's rules, periods shifted by one year, every figure provisional", (latest, id) => {
    const projected = projectPack(latest);
    expect(projected).toMatchObject({ id, coverageYear: latest.coverageYear + 1, projected: true });
    for (const key of ["registration", "payment", "coverage"] as const) {
      const period = latest.periods[key].value;
      expect(projected.periods[key].value).toEqual({ start: addYears(period.start, 1), end: addYears(period.end, 1) });
    }
    const figures = Object.values(packFigures(projected));
    expect(figures.length).toBeGreaterThan(10);
    for (const figure of figures) expect(figure.status).toBe("provisional");
    expect(projected.cite).toEqual(latest.cite);
  });
});
