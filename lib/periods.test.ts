import { describe, expect, it } from "vitest";
import type { PolicyDescription } from "./rules";
import { currentPeriods } from "./periods";

const pack = (id: string, region: "ningbo" | "ningxia", registrationStart: string) =>
  ({ id, region, periods: { registration: { start: registrationStart, end: "" } } }) as unknown as PolicyDescription;

describe("currentPeriods", () => {
  const packs = [pack("ningbo-2026", "ningbo", "2025-09-15"), pack("ningbo-2027", "ningbo", "2026-09-15"), pack("ningxia-2026", "ningxia", "2025-10-29")];

  it("shows the period that opened most recently in each region", () => {
    expect(currentPeriods(packs, "2026-11-23").map((p) => p.id)).toEqual(["ningbo-2027", "ningxia-2026"]);
    expect(currentPeriods(packs, "2026-09-14").map((p) => p.id)).toEqual(["ningbo-2026", "ningxia-2026"]);
  });

  it("shows the next period when none has opened yet", () => {
    expect(currentPeriods(packs, "2025-01-01").map((p) => p.id)).toEqual(["ningbo-2026", "ningxia-2026"]);
  });
});
