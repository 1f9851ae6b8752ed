import { eq } from "drizzle-orm";
import { account, registryPerson } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/types";
import { appendAudit } from "@/lib/db/audit";
import { violates } from "@/lib/db/driver";
import { maskPhone } from "@/lib/identity/phone";
import { reference } from "./secret";
import { revokeAllSessions } from "./sessions";
import { bindingAnnouncementText, type SmsSender } from "./sms";

/**
 * How a phone came to be bound to a person (docs/decisions/0012): it is the registry's phone for the
 * person; the person passed a face check; the phone already bound gave its code; or the office did it
 * at the counter with the ID card in hand. Only the last two may replace an existing binding.
 */
export type BindRoute = "registry-phone" | "face" | "old-phone" | "counter";

export type BindOutcome = { ok: true; releasedAccountId: string | null } | { ok: false; reason: "bound-elsewhere" };

const MAY_REPLACE: Record<BindRoute, boolean> = { "registry-phone": false, face: false, "old-phone": true, counter: true };

/**
 * The one place a binding is written, inside the caller's transaction: releases the person's earlier
 * binding when the route may (ending that phone's sessions), binds the account, announces it by SMS to
 * the registry's phone for the person and audits every step. Callers check first that a route which
 * may not replace a binding finds none; when another account bound the person meanwhile (two
 * transactions at once, issue 13), the unique person_id settles it and the loser is refused with
 * "bound-elsewhere", its caller's transaction intact, rather than an error.
 */
export async function bindPerson(
  tx: Tx,
  sms: SmsSender,
  key: Buffer,
  input: { accountId: string; personId: string; route: BindRoute; clientRef?: string | null; staff?: { staffId: string; staffNumber: string } },
  at: Date,
): Promise<BindOutcome> {
  const detail = { route: input.route, ...(input.staff ? { staffRef: input.staff.staffNumber } : {}) };
  const staffId = input.staff?.staffId ?? null;
  let releasedAccountId: string | null = null;
  let bound: { phone: string } | null | undefined;
  try {
    // A savepoint: a unique violation undoes only the release and the binding, not the caller's transaction.
    bound = await tx.transaction(async (sp) => {
      const [earlier] = await sp.select({ id: account.id }).from(account).where(eq(account.personId, input.personId)).for("update");
      if (earlier && earlier.id !== input.accountId) {
        if (!MAY_REPLACE[input.route]) return null;
        await sp.update(account).set({ personId: null, boundAt: null }).where(eq(account.id, earlier.id));
        const sessions = await revokeAllSessions(sp, earlier.id, at);
        await appendAudit(sp, at, {
          action: "real-name.released",
          outcome: "success",
          staffId,
          accountId: earlier.id,
          personId: input.personId,
          clientRef: input.clientRef,
          detail: { ...detail, toAccount: input.accountId, sessions },
        });
        releasedAccountId = earlier.id;
      }
      const [row] = await sp
        .update(account)
        .set({ personId: input.personId, boundAt: at, realNameFailures: 0, realNameLockedUntil: null, claimPersonId: null, claimedAt: null })
        .where(eq(account.id, input.accountId))
        .returning({ phone: account.phone });
      return row;
    });
  } catch (error) {
    if (!violates(error, "account_person_id_unique")) throw error;
    bound = null;
  }
  if (bound === null) return refuse(tx, input, detail, staffId, at);
  if (!bound) throw new Error("account not found");
  await appendAudit(tx, at, { action: "real-name.bound", outcome: "success", staffId, accountId: input.accountId, personId: input.personId, clientRef: input.clientRef, detail });

  const [person] = await tx.select({ phone: registryPerson.phone }).from(registryPerson).where(eq(registryPerson.id, input.personId));
  if (person?.phone) {
    await sms.send(tx, { phone: person.phone, text: bindingAnnouncementText(maskPhone(bound.phone), at) }, at);
    await appendAudit(tx, at, {
      action: "real-name.announced",
      outcome: "success",
      staffId,
      accountId: input.accountId,
      personId: input.personId,
      phoneRef: reference(key, "phone", person.phone),
      detail,
    });
  } else {
    // Nobody to tell: the registry has no phone for the person. Recorded, so the office can follow it up.
    await appendAudit(tx, at, { action: "real-name.announced", outcome: "refused", staffId, accountId: input.accountId, personId: input.personId, detail: { ...detail, reason: "no-registry-phone" } });
  }
  return { ok: true, releasedAccountId };
}

/** Another account holds the person and this route may not take it over, or won a concurrent binding. */
async function refuse(
  tx: Tx,
  input: { accountId: string; personId: string; clientRef?: string | null },
  detail: Record<string, string>,
  staffId: string | null,
  at: Date,
): Promise<BindOutcome> {
  await appendAudit(tx, at, {
    action: "real-name.bind-refused",
    outcome: "refused",
    staffId,
    accountId: input.accountId,
    personId: input.personId,
    clientRef: input.clientRef,
    detail: { ...detail, reason: "bound-elsewhere" },
  });
  return { ok: false, reason: "bound-elsewhere" };
}
