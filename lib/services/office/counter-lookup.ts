import { eq } from "drizzle-orm";
import { holdsRole, type StaffActor } from "@/lib/auth/staff-actor";
import { shanghaiDate } from "@/lib/clock";
import { appendAudit } from "@/lib/db/audit";
import { account, registryHousehold, registryPerson } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { ageOn } from "@/lib/identity/age";
import { idNumberProblem, maskIdNumber, normalizeIdNumber } from "@/lib/identity/id-number";
import { maskPhone } from "@/lib/identity/phone";
import { servesRegion } from "./counter-binding";

/** What the clerk at the counter compares with the resident and their card; every number masked here, on the server. */
export type CounterPerson = {
  personId: string;
  name: string;
  idNumberMasked: string;
  age: number;
  district: string;
  boundPhoneMasked: string | null;
  registryPhoneMasked: string | null;
};

export type CounterLookup = { ok: true; personId: string } | { ok: false; reason: "staff-required" | "id-invalid" | "not-found" };

/** The person with the ID number on the card the resident shows. A number the registry does not know is audited too. */
export async function findForCounter(db: Db, staff: StaffActor, idNumber: string, at: Date): Promise<CounterLookup> {
  if (!holdsRole(staff, "clerk")) return { ok: false, reason: "staff-required" };
  const number = normalizeIdNumber(idNumber);
  if (idNumberProblem(number)) return { ok: false, reason: "id-invalid" };
  const [person] = await db.select({ id: registryPerson.id }).from(registryPerson).where(eq(registryPerson.idNumber, number));
  if (!person) {
    await appendAudit(db, at, { action: "office.counter-lookup", outcome: "refused", staffId: staff.staffId, detail: { reason: "not-found", staffRef: staff.staffNumber } });
    return { ok: false, reason: "not-found" };
  }
  return { ok: true, personId: person.id };
}

/**
 * The person as the counter page shows them, for a clerk of their region. Every showing is audited
 * (an access to a resident's record, with the staff member), and the resident sees it.
 */
export async function counterPerson(
  db: Db,
  staff: StaffActor,
  personId: string,
  at: Date,
): Promise<{ ok: true; person: CounterPerson } | { ok: false; reason: "staff-required" | "not-found" | "out-of-region" }> {
  if (!holdsRole(staff, "clerk")) return { ok: false, reason: "staff-required" };
  const [row] = await db
    .select({ person: registryPerson, household: registryHousehold })
    .from(registryPerson)
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .where(eq(registryPerson.id, personId));
  if (!row) return { ok: false, reason: "not-found" };
  if (!servesRegion(staff, row.household.region)) {
    await appendAudit(db, at, { action: "office.counter-lookup", outcome: "refused", staffId: staff.staffId, personId, detail: { reason: "out-of-region", staffRef: staff.staffNumber } });
    return { ok: false, reason: "out-of-region" };
  }
  const [bound] = await db.select({ phone: account.phone }).from(account).where(eq(account.personId, personId));
  await appendAudit(db, at, { action: "office.counter-lookup", outcome: "success", staffId: staff.staffId, personId, detail: { staffRef: staff.staffNumber } });
  return {
    ok: true,
    person: {
      personId,
      name: row.person.name,
      idNumberMasked: maskIdNumber(row.person.idNumber),
      age: ageOn(row.person.birthDate, shanghaiDate(at)),
      district: row.household.district,
      boundPhoneMasked: bound ? maskPhone(bound.phone) : null,
      registryPhoneMasked: row.person.phone ? maskPhone(row.person.phone) : null,
    },
  };
}
