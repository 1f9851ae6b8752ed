import { asc, eq } from "drizzle-orm";
import { account, registryHousehold, registryPerson } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { ageOn } from "@/lib/identity/age";
import { maskIdNumber } from "@/lib/identity/id-number";
import { maskPhone } from "@/lib/identity/phone";
import { HOUSEHOLD_ROLES, type HouseholdRole, type Region } from "@/lib/rules";

/** What 我的 shows: who the signed-in resident is and their household, with every number masked here, on the server. */
export type MyServices = {
  me: { name: string; idNumberMasked: string; phoneMasked: string; region: Region; residency: string };
  household: {
    kind: "hukou" | "residence";
    district: string;
    address: string;
    /** Ages, not birth dates: a birth date beside the masked ID number and the district would rebuild the number. */
    members: { name: string; role: HouseholdRole; age: number; idNumberMasked: string; isMe: boolean }[];
  };
};

const ROLE_ORDER = new Map(HOUSEHOLD_ROLES.map((role, index) => [role, index]));

/** Reads the account's person and household from the registry; null when the account has no real name yet. */
export async function loadMyServices(db: Db, accountId: string, today: string): Promise<MyServices | null> {
  const [row] = await db
    .select({ phone: account.phone, person: registryPerson, household: registryHousehold })
    .from(account)
    .innerJoin(registryPerson, eq(registryPerson.id, account.personId))
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .where(eq(account.id, accountId));
  if (!row) return null;
  const members = await db
    .select()
    .from(registryPerson)
    .where(eq(registryPerson.householdId, row.household.id))
    .orderBy(asc(registryPerson.birthDate));
  return {
    me: {
      name: row.person.name,
      idNumberMasked: maskIdNumber(row.person.idNumber),
      phoneMasked: maskPhone(row.phone),
      region: row.household.region,
      residency: row.person.residency,
    },
    household: {
      kind: row.household.kind,
      district: row.household.district,
      address: row.household.address,
      members: members
        .map((m) => ({ name: m.name, role: m.householdRole, age: ageOn(m.birthDate, today), idNumberMasked: maskIdNumber(m.idNumber), isMe: m.id === row.person.id }))
        .sort((a, b) => (ROLE_ORDER.get(a.role) ?? 99) - (ROLE_ORDER.get(b.role) ?? 99)),
    },
  };
}
