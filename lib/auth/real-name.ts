import { eq } from "drizzle-orm";
import { account, registryPerson } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { idNumberProblem, normalizeIdNumber, type IdNumberProblem } from "@/lib/identity/id-number";
import { namesMatch } from "@/lib/identity/name";
import { ageOn } from "@/lib/identity/age";
import { appendAudit } from "@/lib/db/audit";
import { SIGN_IN_POLICY } from "./policy";
import { hit } from "./rate-limit";
import { reference, serverKey } from "./secret";
import { bindPerson } from "./binding";
import { createSession, revokeSession } from "./sessions";
import type { SmsSender } from "./sms";

const { maxFailures, lockSeconds, minimumAge } = SIGN_IN_POLICY.realName;

export type BindResult =
  | { ok: true; personId: string; sessionToken: string }
  | { ok: false; reason: "name-required" }
  | { ok: false; reason: "id-invalid"; problem: IdNumberProblem }
  | { ok: false; reason: "mismatch"; attemptsLeft: number }
  | { ok: false; reason: "locked"; lockedUntil: Date }
  | { ok: false; reason: "already-bound" | "underage" | "no-account" }
  /** The person is bound to another phone: only that phone's code or the counter may move it (a claim is recorded). */
  | { ok: false; reason: "bound-elsewhere" }
  /** This phone is not the registry's for the person: a face check or the counter must prove it (a claim is recorded). */
  | { ok: false; reason: "needs-proof" }
  | { ok: false; reason: "address-limit"; retryAfterSeconds: number };

/**
 * First sign-in: the real-name check (docs/decisions/0012). Name and ID number must both match a
 * registry person; the account is then bound at once only when its phone is the registry's phone for
 * that person and nobody else's phone is bound to them. Otherwise the match is recorded as the
 * account's claim, and the answer says which proof is still needed: a face check or the counter
 * ("needs-proof"), or the old phone's code or the counter ("bound-elsewhere"). A malformed ID number is a typo, not a guess, and is not counted; five mismatches lock the
 * account's real-name check for an hour. The account row is locked for the whole transaction, so
 * concurrent attempts are counted one after the other on every instance. Success rotates the
 * session.
 */
export async function bindRealName(
  db: Db,
  sms: SmsSender,
  input: { accountId: string; name: string; idNumber: string; clientAddress: string; sessionToken: string | undefined },
  at: Date,
  today: string,
): Promise<BindResult> {
  const name = input.name.trim();
  if (name === "") return { ok: false, reason: "name-required" };
  const idNumber = normalizeIdNumber(input.idNumber);
  const problem = idNumberProblem(idNumber);
  if (problem) return { ok: false, reason: "id-invalid", problem };
  const key = await serverKey(db);
  const clientRef = reference(key, "client", input.clientAddress);

  return db.transaction(async (tx) => {
    const byAddress = await hit(tx, `real-name:addr:${clientRef}`, SIGN_IN_POLICY.limits.realNameChecksPerAddress[0], at);
    if (!byAddress.allowed) return { ok: false, reason: "address-limit", retryAfterSeconds: byAddress.retryAfterSeconds };
    const [owner] = await tx.select().from(account).where(eq(account.id, input.accountId)).for("update");
    if (!owner) return { ok: false, reason: "no-account" };
    if (owner.personId) return { ok: false, reason: "already-bound" };
    if (owner.realNameLockedUntil && owner.realNameLockedUntil > at) return { ok: false, reason: "locked", lockedUntil: owner.realNameLockedUntil };
    const failuresSoFar = owner.realNameLockedUntil ? 0 : owner.realNameFailures; // a lock that has run out starts the count again

    const [person] = await tx
      .select({ id: registryPerson.id, name: registryPerson.name, birthDate: registryPerson.birthDate, phone: registryPerson.phone })
      .from(registryPerson)
      .where(eq(registryPerson.idNumber, idNumber));
    if (!person || !namesMatch(person.name, name)) {
      const failures = failuresSoFar + 1;
      const locked = failures >= maxFailures;
      const lockedUntil = new Date(at.getTime() + lockSeconds * 1000);
      await tx
        .update(account)
        .set({ realNameFailures: locked ? 0 : failures, realNameLockedUntil: locked ? lockedUntil : null })
        .where(eq(account.id, owner.id));
      await appendAudit(tx, at, {
        action: locked ? "real-name.lockout" : "real-name.failure",
        outcome: locked ? "locked" : "failure",
        accountId: owner.id,
        clientRef,
        detail: { failures },
      });
      return locked ? { ok: false, reason: "locked", lockedUntil } : { ok: false, reason: "mismatch", attemptsLeft: maxFailures - failures };
    }

    if (ageOn(person.birthDate, today) < minimumAge) {
      await appendAudit(tx, at, { action: "real-name.failure", outcome: "refused", accountId: owner.id, personId: person.id, clientRef, detail: { reason: "underage" } });
      return { ok: false, reason: "underage" };
    }

    const [boundElsewhere] = await tx.select({ id: account.id }).from(account).where(eq(account.personId, person.id));
    if (boundElsewhere || person.phone !== owner.phone) {
      const route = boundElsewhere ? "rebind" : "proof";
      await tx.update(account).set({ claimPersonId: person.id, claimedAt: at }).where(eq(account.id, owner.id));
      await appendAudit(tx, at, { action: "real-name.proof-needed", outcome: "refused", accountId: owner.id, personId: person.id, clientRef, detail: { route } });
      return { ok: false, reason: boundElsewhere ? "bound-elsewhere" : "needs-proof" };
    }

    const bound = await bindPerson(tx, sms, key, { accountId: owner.id, personId: person.id, route: "registry-phone", clientRef }, at);
    if (!bound.ok) {
      // Another account bound the person in the same moment (issue 13): recorded as this account's claim, as above.
      await tx.update(account).set({ claimPersonId: person.id, claimedAt: at }).where(eq(account.id, owner.id));
      return { ok: false, reason: "bound-elsewhere" };
    }
    await revokeSession(tx, input.sessionToken, at);
    const sessionToken = await createSession(tx, owner.id, at);
    return { ok: true, personId: person.id, sessionToken };
  });
}
