import { and, eq, inArray } from "drizzle-orm";
import {
  employeeAccount,
  insuranceHistory,
  registryAssistance,
  registryHousehold,
  registryPerson,
  registryPermit,
  registryRelation,
  registrySchool,
} from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { maskIdNumber } from "@/lib/identity/id-number";
import {
  ASSISTANCE_CODES,
  type AssistanceCode,
  type Category,
  type ParsedRequest,
  type PolicyDescription,
  type Region,
  type Residency,
  type SchoolLevel,
} from "@/lib/rules";

/**
 * What the data-sharing registry says about a person, as the registration shows it (read-only)
 * and as the rules are asked. Nothing here comes from the resident's form.
 */
export type RegistryFacts = {
  personId: string;
  name: string;
  idNumberMasked: string;
  birthDate: string;
  region: Region;
  householdKind: "hukou" | "residence";
  district: string;
  residency: Residency;
  permit: { kind: string; validTo: string | null; issuedBy: string } | null;
  parentPermit: boolean;
  school: { level: SchoolLevel; schoolName: string } | null;
  assistance: AssistanceCode[];
  employee: { province: string; city: string } | null;
  lastYear: { coverageYear: number; category: string } | null;
  registeredPhone: boolean;
};

const validOn = (today: string) => (p: { validFrom: string; validTo: string | null }) => p.validFrom <= today && (p.validTo === null || today <= p.validTo);

export async function loadRegistryFacts(db: DbOrTx, personId: string, pack: PolicyDescription, today: string): Promise<RegistryFacts | null> {
  const [row] = await db
    .select({ person: registryPerson, household: registryHousehold })
    .from(registryPerson)
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .where(eq(registryPerson.id, personId));
  if (!row) return null;
  const { person, household } = row;
  const [permits, schools, assistance, employee, history, parents] = await Promise.all([
    db.select().from(registryPermit).where(eq(registryPermit.personId, personId)),
    db.select().from(registrySchool).where(eq(registrySchool.personId, personId)),
    db.select().from(registryAssistance).where(and(eq(registryAssistance.personId, personId), eq(registryAssistance.packId, pack.id))),
    db.select().from(employeeAccount).where(and(eq(employeeAccount.personId, personId), eq(employeeAccount.status, "active"))),
    db.select().from(insuranceHistory).where(eq(insuranceHistory.personId, personId)),
    db
      .select({ relativeId: registryRelation.relativeId })
      .from(registryRelation)
      .where(and(eq(registryRelation.personId, personId), eq(registryRelation.relation, "parent"))),
  ]);
  const permit = permits.find((p) => p.kind === person.residency && p.region === pack.region && validOn(today)(p)) ?? null;
  const parentPermits = parents.length
    ? await db.select().from(registryPermit).where(inArray(registryPermit.personId, parents.map((p) => p.relativeId)))
    : [];
  const school = schools.find((s) => s.fullTime && s.region === pack.region && s.enrolledOn <= today && today <= s.expectedEnd) ?? null;
  const last = history.find((h) => h.coverageYear === pack.coverageYear - 1 && h.region === pack.region) ?? null;
  const needsPermit = person.residency !== "local-hukou" && person.residency !== "none";
  return {
    personId,
    name: person.name,
    idNumberMasked: maskIdNumber(person.idNumber),
    birthDate: person.birthDate,
    region: household.region,
    householdKind: household.kind,
    district: household.district,
    // A permit that has run out, or was issued elsewhere, is no permit here.
    residency: needsPermit && !permit ? "none" : person.residency,
    permit: permit ? { kind: permit.kind, validTo: permit.validTo, issuedBy: permit.issuedBy } : null,
    parentPermit: parentPermits.some((p) => p.kind !== "foreign-permanent-residence" && p.region === pack.region && validOn(today)(p)),
    school: school ? { level: school.level, schoolName: school.schoolName } : null,
    assistance: assistance.map((a) => a.groupCode).filter((code): code is AssistanceCode => (ASSISTANCE_CODES as readonly string[]).includes(code)),
    employee: employee[0] ? { province: employee[0].province, city: employee[0].city } : null,
    lastYear: last ? { coverageYear: last.coverageYear, category: last.category } : null,
    registeredPhone: Boolean(person.phone),
  };
}

/** Insurance history in the rules' terms, from the registry's insured years. */
export async function historyFor(db: DbOrTx, personId: string, pack: PolicyDescription): Promise<ParsedRequest["person"]["history"]> {
  const rows = await db.select().from(insuranceHistory).where(eq(insuranceHistory.personId, personId));
  const years = new Map(rows.filter((r) => r.region === pack.region).map((r) => [r.coverageYear, r]));
  const last = years.get(pack.coverageYear - 1);
  let run = 0;
  while (years.has(pack.coverageYear - 1 - run)) run += 1;
  const lastInsured = Math.max(0, ...years.keys());
  return {
    insuredLastYear: Boolean(last),
    lastCategory: (last?.category as Category | undefined) ?? null,
    consecutiveYears: run + 1,
    // Years not insured immediately before: counted from the last insured year; someone never insured has had no break (断缴).
    gapYears: last || lastInsured === 0 ? 0 : pack.coverageYear - 1 - lastInsured,
    zeroClaimLastYear: last?.zeroClaim ?? false,
  };
}

/** The rules request for a person as the registry knows them, "if they pay today". */
export async function registryRequest(db: DbOrTx, facts: RegistryFacts, pack: PolicyDescription, today: string): Promise<ParsedRequest> {
  // Resident insurance for the same year in another region (the registry's insured years).
  const elsewhere = await db
    .select({ region: insuranceHistory.region })
    .from(insuranceHistory)
    .where(and(eq(insuranceHistory.personId, facts.personId), eq(insuranceHistory.coverageYear, pack.coverageYear)));
  const otherElsewhere = elsewhere.some((row) => row.region !== pack.region);
  return {
    policy: pack.id,
    region: pack.region,
    asOf: today,
    person: {
      birthDate: facts.birthDate,
      residency: facts.residency,
      parentResidencePermit: facts.parentPermit,
      employed: facts.employee !== null,
      school: facts.school?.level ?? "none",
      otherInsurance: facts.employee ? "employee" : otherElsewhere ? "resident-elsewhere" : "none",
      assistance: facts.assistance,
      history: await historyFor(db, facts.personId, pack),
      newborn: { payPreviousYear: false },
    },
  };
}

/** The region of the person's household (where they register). */
export async function regionOf(db: DbOrTx, personId: string): Promise<string | null> {
  const [row] = await db
    .select({ region: registryHousehold.region })
    .from(registryPerson)
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .where(eq(registryPerson.id, personId));
  return row?.region ?? null;
}
