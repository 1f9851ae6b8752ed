import { describe, expect, it } from "vitest";
import { currentPeriods, openPacks, packById, packForRegion, packsOn, publishedPacks, regionForPayerProvince, regionOrder } from "./catalog";
import type { Pack } from "./types";

const pack = (id: string, region: "ningbo" | "ningxia", registrationStart: string) =>
  ({ id, region, periods: { registration: { value: { start: registrationStart, end: "" } } } }) as unknown as Pack;

describe("currentPeriods", () => {
  const packs = [pack("ningbo-2026", "ningbo", "2025-09-15"), pack("ningbo-2027", "ningbo", "2026-09-15"), pack("ningxia-2026", "ningxia", "2025-10-29")];

  it("shows the period that opened most recently in each region", () => {
    expect(currentPeriods("2026-11-23", packs).map((p) => p.id)).toEqual(["ningbo-2027", "ningxia-2026"]);
    expect(currentPeriods("2026-09-14", packs).map((p) => p.id)).toEqual(["ningbo-2026", "ningxia-2026"]);
  });

  it("shows the next period when none has opened yet", () => {
    expect(currentPeriods("2025-01-01", packs).map((p) => p.id)).toEqual(["ningbo-2026", "ningxia-2026"]);
  });

  it("reads the packs available on the day when none are given", () => {
    expect(currentPeriods("2026-10-01").map((p) => p.id)).toEqual(["ningbo-2027", "ningxia-2026"]);
    expect(currentPeriods("2026-11-23").map((p) => p.id)).toEqual(["ningbo-2027", "ningxia-2027"]);
    expect(currentPeriods("2025-11-20").map((p) => p.id)).toEqual(["ningbo-2026", "ningxia-2026"]);
  });
});

describe("the catalog", () => {
  it("takes the order of the regions from the packs", () => {
    expect(regionOrder).toEqual([...new Set(publishedPacks.map((p) => p.region))]);
    expect(regionOrder).toEqual(["ningbo", "ningxia"]);
  });

  it("finds a pack by id, a projection only once it is available", () => {
    expect(packById("ningbo-2026", "2025-11-20")?.coverageYear).toBe(2026);
    expect(packById("ningbo-2027", "2026-09-14")).toBeUndefined();
    expect(packById("ningbo-2027", "2026-09-15")?.projected).toBe(true);
    expect(packById("nowhere-2026", "2026-09-15")).toBeUndefined();
  });

  it("lists the packs one can still enrol in, by region and then year", () => {
    expect(openPacks("2025-09-14").map((p) => p.id)).toEqual([]);
    expect(openPacks("2025-11-20").map((p) => p.id)).toEqual(["ningbo-2026", "ningxia-2026"]);
    expect(openPacks("2026-11-23").map((p) => p.id)).toEqual(["ningbo-2026", "ningbo-2027", "ningxia-2026", "ningxia-2027"]);
    expect(openPacks("2027-01-05").map((p) => p.id)).toEqual(["ningbo-2027", "ningxia-2027"]);
  });

  it("gives a region's pack: the one whose registration is open, else the latest still running", () => {
    expect(packForRegion("ningbo", "2025-11-20")?.id).toBe("ningbo-2026");
    expect(packForRegion("ningbo", "2026-03-10")?.id).toBe("ningbo-2026");
    expect(packForRegion("ningbo", "2026-09-15")?.id).toBe("ningbo-2027");
    expect(packForRegion("ningbo", "2026-12-28")?.id).toBe("ningbo-2027");
    expect(packForRegion("ningxia", "2026-10-28")?.id).toBe("ningxia-2026");
    expect(packForRegion("ningxia", "2026-10-29")?.id).toBe("ningxia-2027");
    expect(packForRegion("ningbo", "2025-09-14")).toBeUndefined();
    expect(packForRegion("shanghai", "2025-11-20")).toBeUndefined();
  });

  it("lists the published packs first, then the projections, in the API's order", () => {
    expect(packsOn("2026-10-29").map((p) => p.id)).toEqual(["ningbo-2026", "ningbo-2023", "fenghua-2022", "ningxia-2026", "ningbo-2027", "ningxia-2027"]);
  });

  it("knows which region's pack decides 家庭共济 for an employee of each province", () => {
    expect(regionForPayerProvince("zhejiang")).toBe("ningbo");
    expect(regionForPayerProvince("ningxia")).toBe("ningxia");
    expect(regionForPayerProvince("shanghai")).toBeUndefined();
  });
});
