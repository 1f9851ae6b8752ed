import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import type { OpenDatabase } from "@/lib/db/open";
import { createTestDatabase } from "@/lib/db/testing";
import { seedResidents, type ResidentFixture } from "../testing";
import { enrollmentRates, type RegionRates } from "./enrollment-rate";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const staff = (roles: StaffActor["roles"], region: string | null): StaffActor => ({ staffId: randomUUID(), staffNumber: "S0001", roles, region });
const everywhere = staff(["clerk"], null);

/** One row per way a resident can stand for 2026 (海曙区), and the two other districts' small cases. */
const RESIDENTS: ResidentFixture[] = [
  { id: "a01", district: "海曙区", notice: { year: 2026, status: "paid" } }, // registered, paid, covered
  { id: "a02", district: "海曙区", notice: { year: 2026, status: "open", dueDate: "2025-12-26" } }, // registered
  { id: "a03", district: "海曙区", notice: { year: 2026, status: "open", dueDate: "2025-11-01" } }, // open past its date: expired, nothing
  { id: "a04", district: "海曙区", registered: { year: 2026 } }, // registered, not paid
  { id: "a05", district: "海曙区", registered: { year: 2026, payableFen: 0 } }, // nothing to pay: paid, covered
  { id: "a06", district: "海曙区", notice: { year: 2026, status: "paid", benefitDays: 0 } }, // paid late, no cover this year
  { id: "a07", district: "海曙区", insured: [2026] }, // an insured year
  { id: "a08", district: "海曙区", insured: [2025] }, // renews, no notice yet: not registered
  { id: "a09", district: "海曙区", employee: true, notice: { year: 2026, status: "paid" } }, // 职工医保: not in the population
  { id: "a10", district: "海曙区", residency: "residence-permit", notice: { year: 2026, status: "paid" } }, // non-local: apart
  { id: "a11", district: "海曙区", registered: { year: 2026, cancelled: true }, notice: { year: 2026, status: "expired" } },
  { id: "a12", district: "海曙区", notice: { year: 2026, status: "cancelled" } },
  { id: "a13", district: "海曙区", notice: { year: 2025, status: "paid" } }, // another year
  { id: "b01", district: "江北区", insured: [2023, 2026] },
  { id: "b02", district: "江北区", insured: [2023] },
  { id: "b03", district: "江北区", insured: [2023], born: "2024-02-01" }, // born after 2023: not in the 2023 population
  { id: "c01", district: "鄞州区", insured: [2023] },
  { id: "c02", district: "鄞州区", insured: [2023] },
  { id: "c03", district: "鄞州区", insured: [2023] },
  // Rosters: r01 on two; r03 in 职工医保.
  { id: "r01", district: "鄞州区", registered: { year: 2026, payableFen: 0 }, roster: [{ packId: "ningbo-2026", group: "minimum-living" }, { packId: "ningbo-2026", group: "orphan" }] },
  { id: "r02", district: "鄞州区", insured: [2025], roster: [{ packId: "ningbo-2026", group: "minimum-living" }] },
  { id: "r03", district: "鄞州区", employee: true, roster: [{ packId: "ningbo-2026", group: "orphan" }] },
  { id: "r04", district: "鄞州区", insured: [2023], roster: [{ packId: "ningbo-2023", group: "extreme-poverty" }, { packId: "ningbo-2023", group: "orphan" }] },
  { id: "r05", district: "鄞州区", roster: [{ packId: "ningbo-2023", group: "extreme-poverty" }] },
  { id: "x01", district: "银川市兴庆区", region: "ningxia", notice: { year: 2026, status: "paid" } },
  { id: "x02", district: "银川市兴庆区", region: "ningxia", roster: [{ packId: "ningxia-2026", group: "minimum-living" }] },
];

let opened: OpenDatabase;
beforeAll(async () => {
  opened = await createTestDatabase();
  await seedResidents(opened.db, RESIDENTS, AT);
}, 120_000);
afterAll(async () => opened?.close());

async function region(coverageYear: number, name: "ningbo" | "ningxia"): Promise<RegionRates> {
  const result = await enrollmentRates(opened.db, everywhere, { coverageYear, region: null }, TODAY);
  if (!result.ok) throw new Error(result.reason);
  return result.report.regions.find((r) => r.region === name)!;
}
const district = async (coverageYear: number, name: string) => (await region(coverageYear, "ningbo")).districts.find((d) => d.district === name);

describe("参保率 by district (who is counted: enrollment-rate.ts)", () => {
  it.each([
    // [year, district, population, registered, paid, covered, employees, nonLocalPaid, rate]
    [2026, "海曙区", 11, 6, 4, 3, 1, 1, 3636],
    [2026, "江北区", 3, 1, 1, 1, 0, 0, 3333],
    [2023, "江北区", 2, 2, 2, 2, 0, 0, 10_000],
    [2023, "鄞州区", 7, 4, 4, 4, 1, 0, 5714],
  ] as const)("%i %s: %i people, %i registered, %i paid, %i covered", async (year, name, population, registered, paid, covered, employees, nonLocalPaid, rate) => {
    expect(await district(year, name)).toMatchObject({ population, registered, paid, covered, employees, nonLocalPaid, rate });
  });

  it("adds the districts up to the region, in the order of their names", async () => {
    const ningbo = await region(2026, "ningbo");
    expect(ningbo.districts.map((d) => d.district)).toEqual(["海曙区", "江北区", "鄞州区"]);
    expect(ningbo.total).toMatchObject({ population: 11 + 3 + 7, employees: 2 });
  });

  it("measures 2026 against no target (ningbo-2026's sources set none) and 2023 against the Cixi plan's 99.5%", async () => {
    const y2026 = await region(2026, "ningbo");
    expect(y2026.target).toBeNull();
    expect(y2026.districts.every((d) => d.reached === null)).toBe(true);
    const y2023 = await region(2023, "ningbo");
    expect(y2023.target).toMatchObject({ value: 9950, status: "provisional" });
    expect(y2023.districts.find((d) => d.district === "江北区")?.reached).toBe(true);
    expect(y2023.districts.find((d) => d.district === "鄞州区")?.reached).toBe(false);
  });

  it("a year without a pack for the region has no target and no roster", async () => {
    const ningxia2023 = await region(2023, "ningxia");
    expect(ningxia2023).toMatchObject({ hasPack: false, target: null, assisted: null });
  });
});

describe("assisted groups (the rosters of the year's pack)", () => {
  it("counts each roster of ningbo-2026, a person on two rosters once in the total, employees apart", async () => {
    const { assisted } = await region(2026, "ningbo");
    const group = (code: string) => assisted!.groups.find((g) => g.group === code);
    expect(group("minimum-living")).toMatchObject({ population: 2, registered: 1, paid: 1, covered: 1, employees: 0, rate: 5000, target: null });
    expect(group("orphan")).toMatchObject({ population: 1, paid: 1, employees: 1 });
    expect(group("special-care")).toMatchObject({ population: 0, rate: null });
    expect(assisted!.total).toMatchObject({ population: 2, paid: 1, employees: 1 });
  });

  it("measures ningbo-2023's four named groups against 100%, and says orphans have no target", async () => {
    const { assisted } = await region(2023, "ningbo");
    const group = (code: string) => assisted!.groups.find((g) => g.group === code)!;
    expect(group("extreme-poverty")).toMatchObject({ population: 2, paid: 1, reached: false, target: { value: 10_000 } });
    expect(group("orphan")).toMatchObject({ population: 1, paid: 1, reached: null, target: null });
  });

  it("Ningxia's 2026 roster against 四(二)'s 99% for 低保", async () => {
    const { assisted, total } = await region(2026, "ningxia");
    expect(total).toMatchObject({ population: 2, paid: 1 });
    expect(assisted!.groups.find((g) => g.group === "minimum-living")).toMatchObject({ population: 1, paid: 0, reached: false, target: { value: 9900 } });
  });
});

describe("who may read it", () => {
  it.each([["clerk"], ["reviewer"], ["admin"]] as const)("any role (%s)", async (role) => {
    expect((await enrollmentRates(opened.db, staff([role], null), { coverageYear: 2026, region: null }, TODAY)).ok).toBe(true);
  });

  it("a member of staff without a role is refused", async () => {
    expect(await enrollmentRates(opened.db, staff([], null), { coverageYear: 2026, region: null }, TODAY)).toEqual({ ok: false, reason: "role" });
  });

  it("a regional office sees its own region, and is refused another", async () => {
    const ningbo = staff(["clerk"], "ningbo");
    const own = await enrollmentRates(opened.db, ningbo, { coverageYear: 2026, region: null }, TODAY);
    expect(own.ok && own.report.regions.map((r) => r.region)).toEqual(["ningbo"]);
    expect(await enrollmentRates(opened.db, ningbo, { coverageYear: 2026, region: "ningxia" }, TODAY)).toEqual({ ok: false, reason: "region" });
    const asked = await enrollmentRates(opened.db, everywhere, { coverageYear: 2026, region: "ningxia" }, TODAY);
    expect(asked.ok && asked.report.regions.map((r) => r.region)).toEqual(["ningxia"]);
  });
});
