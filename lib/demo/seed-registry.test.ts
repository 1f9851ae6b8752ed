import { asc, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ageOn } from "@/lib/identity/age";
import { birthDateOf, idNumberProblem } from "@/lib/identity/id-number";
import type { OpenDatabase } from "../db/open";
import * as schema from "../db/schema";
import { createTestDatabase } from "../db/testing";
import { DEMO_HOUSEHOLDS, DEMO_PEOPLE } from "./people";
import { seedDemoRegistry } from "./seed-registry";

const AT = new Date("2025-11-20T02:00:00Z");


describe("the demo people", () => {
  it("have well-formed ID numbers that agree with their birth date and sex", () => {
    for (const person of DEMO_PEOPLE) {
      expect(idNumberProblem(person.idNumber), person.name).toBeNull();
      expect(birthDateOf(person.idNumber), person.name).toBe(person.birthDate);
      const sexDigit = Number(person.idNumber[16]);
      expect(sexDigit % 2 === 1 ? "male" : "female", person.name).toBe(person.sex);
    }
  });

  it("have distinct ids, ID numbers and phones, and phones distinct in their last four digits", () => {
    const phones = DEMO_PEOPLE.flatMap((p) => (p.phone ? [p.phone] : []));
    expect(new Set(DEMO_PEOPLE.map((p) => p.id)).size).toBe(DEMO_PEOPLE.length);
    expect(new Set(DEMO_PEOPLE.map((p) => p.idNumber)).size).toBe(DEMO_PEOPLE.length);
    expect(new Set(phones.map((p) => p.slice(-4))).size).toBe(phones.length);
  });

  it("cover the cases the issue lists, in at least 12 households across both regions", () => {
    const baseDate = "2025-12-31";
    expect(DEMO_HOUSEHOLDS.length).toBeGreaterThanOrEqual(12);
    expect(new Set(DEMO_HOUSEHOLDS.map((h) => h.region))).toEqual(new Set(["ningbo", "ningxia"]));
    const ages = DEMO_PEOPLE.map((p) => ageOn(p.birthDate, baseDate));
    expect(ages).toContain(18);
    expect(ages).toContain(19);
    expect(DEMO_PEOPLE.some((p) => p.birthDate > "2025-06-30")).toBe(true); // a newborn
    expect(DEMO_PEOPLE.some((p) => ageOn(p.birthDate, baseDate) < 6 && p.birthDate < "2025-01-01")).toBe(true); // preschool
    expect(DEMO_PEOPLE.some((p) => p.school?.level === "higher-education")).toBe(true);
    expect(DEMO_PEOPLE.some((p) => p.assistance?.some((a) => a.groupCode === "minimum-living") && ageOn(p.birthDate, baseDate) >= 70)).toBe(true);
    expect(DEMO_PEOPLE.some((p) => p.residency === "residence-permit")).toBe(true);
    expect(DEMO_PEOPLE.some((p) => p.residency === "hmt-residence-permit" && p.idNumber.startsWith("810000"))).toBe(true);
    expect(DEMO_PEOPLE.some((p) => p.residency === "foreign-permanent-residence" && p.idNumber.startsWith("9"))).toBe(true);
    const balances = DEMO_PEOPLE.flatMap((p) => (p.employee ? [p.employee.historicalBalanceFen] : []));
    expect(Math.max(...balances)).toBeGreaterThan(1_000_000);
    expect(Math.min(...balances)).toBeLessThan(50_000);
    const ningxia = DEMO_HOUSEHOLDS.filter((h) => h.region === "ningxia");
    expect(
      ningxia.some((h) => h.members.some((m) => m.assistance?.some((a) => a.groupCode === "moderate-disability")) && h.members.some((m) => m.employee)),
    ).toBe(true);
  });
});

describe("seedDemoRegistry", () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  async function snapshot() {
    const { db } = database;
    return {
      households: await db.select().from(schema.registryHousehold).orderBy(asc(schema.registryHousehold.id)),
      people: await db.select().from(schema.registryPerson).orderBy(asc(schema.registryPerson.id)),
      relations: await db.select().from(schema.registryRelation).orderBy(asc(schema.registryRelation.personId), asc(schema.registryRelation.relativeId)),
      permits: await db.select().from(schema.registryPermit).orderBy(asc(schema.registryPermit.id)),
      schools: await db.select().from(schema.registrySchool).orderBy(asc(schema.registrySchool.id)),
      assistance: await db.select().from(schema.registryAssistance).orderBy(asc(schema.registryAssistance.id)),
      employees: await db.select().from(schema.employeeAccount).orderBy(asc(schema.employeeAccount.personId)),
      history: await db.select().from(schema.insuranceHistory).orderBy(asc(schema.insuranceHistory.id)),
    };
  }

  it("writes the registry, and a second run changes nothing", async () => {
    const counts = await seedDemoRegistry(database.db, AT);
    expect(counts).toEqual({ households: DEMO_HOUSEHOLDS.length, people: DEMO_PEOPLE.length });
    const first = await snapshot();
    expect(first.people).toHaveLength(DEMO_PEOPLE.length);
    // Every relation is recorded in both directions.
    expect(first.relations.length % 2).toBe(0);
    await seedDemoRegistry(database.db, new Date(AT.getTime() + 86_400_000));
    expect(await snapshot()).toEqual(first);
  });

  it("refuses a negative 历年账户 balance and an ID number of the wrong shape", async () => {
    const { db } = database;
    await expect(db.execute(sql`update employee_account set historical_balance_fen = -1`)).rejects.toThrow();
    await expect(db.execute(sql`update registry_person set id_number = 'abc' where id = 'nb-01-1'`)).rejects.toThrow();
  });
});
