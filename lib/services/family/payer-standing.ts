import { and, eq } from "drizzle-orm";
import { employeeAccount, registryHousehold, registryPerson, registryRelation } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { regionOf } from "../enrollment/registry-facts";
import {
  familyAid,
  packForRegion,
  payerNotEmployee,
  regionForPayerProvince,
  type FamilyAidAnswer,
  type InsuredPlace,
  type Pack,
  type Province,
  type Relation,
} from "@/lib/rules";

/** The registry keeps the employee's city as written (宁波市); the rules speak pinyin. */
const CITY_PINYIN: Record<string, string> = { 宁波市: "ningbo", 杭州市: "hangzhou", 银川市: "yinchuan", 吴忠市: "wuzhong" };
/** Where a resident of each registry region is resident-insured. */
const REGION_PLACE: Record<string, InsuredPlace> = { ningbo: { province: "zhejiang", city: "ningbo" }, ningxia: { province: "ningxia", city: "ningxia" } };

export type PayerStanding = {
  pack: Pack | null;
  /** Where the payer is in employee insurance (active accounts only), or null. */
  employee: (InsuredPlace & { balanceFen: number }) | null;
};

/** The payer's employee account and the pack that decides for them: by the account's province, else where they live. */
export async function payerStanding(db: DbOrTx, personId: string, today: string): Promise<PayerStanding> {
  const [account] = await db.select().from(employeeAccount).where(eq(employeeAccount.personId, personId));
  const active = account?.status === "active" ? account : null;
  const region = (active && regionForPayerProvince(active.province)) || (await regionOf(db, personId));
  const pack = (region && packForRegion(region, today)) || null;
  const employee = active
    ? { province: active.province as Province, city: CITY_PINYIN[active.city] ?? active.city, balanceFen: active.historicalBalanceFen }
    : null;
  return { pack, employee };
}

export type RelativeOption = {
  personId: string;
  name: string;
  idNumber: string;
  birthDate: string;
  relation: Relation;
  answer: FamilyAidAnswer;
};

/** The payer's close relatives in the registry, each with what the rules say about paying for them. */
export async function relativesFor(db: DbOrTx, payerPersonId: string, standing: PayerStanding): Promise<RelativeOption[]> {
  const rows = await db
    .select({ person: registryPerson, relation: registryRelation.relation, region: registryHousehold.region })
    .from(registryRelation)
    .innerJoin(registryPerson, eq(registryPerson.id, registryRelation.relativeId))
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .where(eq(registryRelation.personId, payerPersonId))
    .orderBy(registryPerson.birthDate);
  return rows.map(({ person, relation, region }) => ({
    personId: person.id,
    name: person.name,
    idNumber: person.idNumber,
    birthDate: person.birthDate,
    relation,
    answer: answerFor(standing, relation, region),
  }));
}

/** The rules' answer for one relative; without a pack (no region open), the payer is refused like someone without employee insurance. */
export function answerFor(standing: PayerStanding, relation: Relation | "other", beneficiaryRegion: string): FamilyAidAnswer {
  if (!standing.pack) return { allowed: false, refusals: [payerNotEmployee(null)] };
  return familyAid(standing.pack, {
    payerEmployeeInsurance: standing.employee,
    relation,
    beneficiaryResidentInsurance: REGION_PLACE[beneficiaryRegion] ?? { province: "other", city: beneficiaryRegion },
  });
}

/** Is this person a registry relative of the payer, and how. */
export async function relationOf(db: DbOrTx, payerPersonId: string, relativeId: string): Promise<{ relation: Relation; region: string } | null> {
  const [row] = await db
    .select({ relation: registryRelation.relation, region: registryHousehold.region })
    .from(registryRelation)
    .innerJoin(registryPerson, eq(registryPerson.id, registryRelation.relativeId))
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .where(and(eq(registryRelation.personId, payerPersonId), eq(registryRelation.relativeId, relativeId)));
  return row ?? null;
}
