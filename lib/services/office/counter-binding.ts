import { eq, TransactionRollbackError } from "drizzle-orm";
import { bindPerson } from "@/lib/auth/binding";
import { SIGN_IN_POLICY } from "@/lib/auth/policy";
import { serverKey } from "@/lib/auth/secret";
import { revokeAllSessions } from "@/lib/auth/sessions";
import { outboxSms, type SmsSender } from "@/lib/auth/sms";
import { holdsRole, type StaffActor } from "@/lib/auth/staff-actor";
import { shanghaiDate } from "@/lib/clock";
import { appendAudit } from "@/lib/db/audit";
import { isUuid } from "@/lib/db/driver";
import { account, registryHousehold, registryPerson } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { ageOn } from "@/lib/identity/age";
import { normalizePhone, phoneProblem } from "@/lib/identity/phone";

/** Which phone the resident at the counter wants bound: an account that exists, or a phone number (its account is made if new). */
export type CounterTarget = { accountId: string } | { phone: string };

export type CounterBindResult =
  | { ok: true; accountId: string; releasedAccountId: string | null }
  | { ok: false; reason: "no-person" | "no-account" | "phone-invalid" | "underage" | "staff-required" | "out-of-region" | "bound-elsewhere" };

/** Whether the member of staff serves the person's region (null: every region). */
export function servesRegion(staff: StaffActor, region: string): boolean {
  return staff.region === null || staff.region === region;
}

/**
 * 医保服务窗口 / 社区: a clerk binds a phone to a person after checking the ID card in person
 * (docs/decisions/0012). The only route besides the old phone's code that may replace an existing
 * binding: the earlier phone is released and its sessions end, and so do the target account's, so
 * the resident signs in afresh. Announced to the registry's phone like every binding, and audited
 * with the staff member (their id, and their staff number as the reference the resident sees).
 * Only a clerk of the person's region may do it.
 */
export async function bindAtCounter(
  db: Db,
  staff: StaffActor,
  target: CounterTarget,
  personId: string,
  at: Date,
  sms: SmsSender = outboxSms,
): Promise<CounterBindResult> {
  if (!holdsRole(staff, "clerk")) return { ok: false, reason: "staff-required" };
  const phone = "accountId" in target ? null : normalizePhone(target.phone);
  if (phone !== null && phoneProblem(phone)) return { ok: false, reason: "phone-invalid" };
  const key = await serverKey(db);
  try {
    return await bindInTransaction(db, sms, key, staff, phone, target, personId, at);
  } catch (error) {
    if (!(error instanceof TransactionRollbackError)) throw error;
    await appendAudit(db, at, { action: "real-name.counter-refused", outcome: "refused", staffId: staff.staffId, personId, detail: { reason: "bound-elsewhere", staffRef: staff.staffNumber } });
    return { ok: false, reason: "bound-elsewhere" };
  }
}

async function bindInTransaction(
  db: Db,
  sms: SmsSender,
  key: Buffer,
  staff: StaffActor,
  phone: string | null,
  target: CounterTarget,
  personId: string,
  at: Date,
): Promise<CounterBindResult> {
  const staffRef = staff.staffNumber;
  return db.transaction(async (tx) => {
    const refuse = async (reason: "no-person" | "no-account" | "underage" | "out-of-region"): Promise<CounterBindResult> => {
      await appendAudit(tx, at, { action: "real-name.counter-refused", outcome: "refused", staffId: staff.staffId, personId: reason === "no-person" ? null : personId, detail: { reason, staffRef } });
      return { ok: false, reason };
    };
    const [person] = await tx
      .select({ id: registryPerson.id, birthDate: registryPerson.birthDate, region: registryHousehold.region })
      .from(registryPerson)
      .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
      .where(eq(registryPerson.id, personId));
    if (!person) return refuse("no-person");
    if (!servesRegion(staff, person.region)) return refuse("out-of-region");
    if (ageOn(person.birthDate, shanghaiDate(at)) < SIGN_IN_POLICY.realName.minimumAge) return refuse("underage");

    let accountId: string;
    if (phone !== null) {
      await tx.insert(account).values({ phone, createdAt: at }).onConflictDoNothing({ target: account.phone });
      const [row] = await tx.select({ id: account.id }).from(account).where(eq(account.phone, phone)).for("update");
      if (!row) return refuse("no-account");
      accountId = row.id;
    } else {
      const wanted = "accountId" in target ? target.accountId : "";
      if (!isUuid(wanted)) return refuse("no-account");
      const [row] = await tx.select({ id: account.id }).from(account).where(eq(account.id, wanted)).for("update");
      if (!row) return refuse("no-account");
      accountId = row.id;
    }

    // The account may have been someone else's: it is now this person's, from a fresh sign-in.
    const [previous] = await tx.select({ personId: account.personId }).from(account).where(eq(account.id, accountId));
    if (previous?.personId && previous.personId !== person.id) {
      await tx.update(account).set({ personId: null, boundAt: null }).where(eq(account.id, accountId));
      await appendAudit(tx, at, { action: "real-name.released", outcome: "success", staffId: staff.staffId, accountId, personId: previous.personId, detail: { route: "counter", staffRef } });
    }
    const bound = await bindPerson(tx, sms, key, { accountId, personId: person.id, route: "counter", staff: { staffId: staff.staffId, staffNumber: staffRef } }, at);
    // Another binding of the person in the same moment (issue 13): undo this one whole (the release above too).
    if (!bound.ok) return tx.rollback();
    const { releasedAccountId } = bound;
    await revokeAllSessions(tx, accountId, at);
    return { ok: true, accountId, releasedAccountId };
  });
}
