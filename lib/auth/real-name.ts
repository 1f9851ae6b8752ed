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
import { boundAccountOf, lockUnbound } from "./claim";
import { createSession, revokeSession } from "./sessions";
import type { SmsSender } from "./sms";

const { maxFailures, lockSeconds, minimumAge } = SIGN_IN_POLICY.realName;

export type BindResult =
  | { ok: true; personId: string; sessionToken: string }
  | { ok: false; reason: "name-required" }
  | { ok: false; reason: "id-invalid"; problem: IdNumberProblem }
  /**
   * Not bound on name and ID number alone: whether they match nobody, a child, a person bound to another
   * phone, or a person whose registry phone this is not. One answer for all (issue 13): a claim is
   * recorded and the proof page offers the face check, the old phone's code and the counter.
   */
  | { ok: false; reason: "unconfirmed"; attemptsLeft: number }
  | { ok: false; reason: "locked"; lockedUntil: Date }
  | { ok: false; reason: "already-bound" | "no-account" }
  /** A child on the registry's own phone for them (that phone may be told): a guardian acts for them. */
  | { ok: false; reason: "underage" }
  | { ok: false; reason: "address-limit"; retryAfterSeconds: number };

/**
 * First sign-in: the real-name check (docs/decisions/0012). The account is bound at once only when
 * name and ID number match a registry person of age, the signed-in phone is the registry's phone for
 * them and nobody else's phone is bound to them. Any other attempt gets one answer, "unconfirmed",
 * whatever the reason, after the same queries (issue 13: the answer and its time tell a stranger
 * nothing about whether the pair exists): it is counted, five in a row lock the check for an hour, and
 * it becomes the account's claim for the proof steps (the matched person, or none). A malformed ID
 * number is a typo, not a guess, and is not counted. The account row is locked for the whole
 * transaction, so concurrent attempts are counted one after the other on every instance. Success
 * rotates the session.
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
    const locked = await lockUnbound(tx, input.accountId);
    if (!locked.ok) return locked;
    const owner = locked.owner;
    if (owner.realNameLockedUntil && owner.realNameLockedUntil > at) return { ok: false, reason: "locked", lockedUntil: owner.realNameLockedUntil };
    const failuresSoFar = owner.realNameLockedUntil ? 0 : owner.realNameFailures; // a lock that has run out starts the count again

    const [found] = await tx
      .select({ id: registryPerson.id, name: registryPerson.name, birthDate: registryPerson.birthDate, phone: registryPerson.phone })
      .from(registryPerson)
      .where(eq(registryPerson.idNumber, idNumber));
    const person = found && namesMatch(found.name, name) ? found : undefined;
    const boundElsewhere = await boundAccountOf(tx, person?.id ?? null);
    const adult = person !== undefined && ageOn(person.birthDate, today) >= minimumAge;

    const registryPhone = person !== undefined && person.phone === owner.phone;
    if (registryPhone && !adult) {
      await appendAudit(tx, at, { action: "real-name.failure", outcome: "refused", accountId: owner.id, personId: person.id, clientRef, detail: { reason: "underage" } });
      return { ok: false, reason: "underage" };
    }
    if (registryPhone && adult && !boundElsewhere) {
      const bound = await bindPerson(tx, sms, key, { accountId: owner.id, personId: person.id, route: "registry-phone", clientRef }, at);
      if (bound.ok) {
        await revokeSession(tx, input.sessionToken, at);
        const sessionToken = await createSession(tx, owner.id, at);
        return { ok: true, personId: person.id, sessionToken };
      }
      // Another account bound the person in the same moment (issue 13): answered as any other claim.
    }

    const failures = failuresSoFar + 1;
    const lockNow = failures >= maxFailures;
    const lockedUntil = new Date(at.getTime() + lockSeconds * 1000);
    const claimPersonId = person && adult ? person.id : null;
    await tx
      .update(account)
      .set({ realNameFailures: lockNow ? 0 : failures, realNameLockedUntil: lockNow ? lockedUntil : null, claimPersonId, claimedAt: at })
      .where(eq(account.id, owner.id));
    // The office reads why (the audit is not shown to the one who typed).
    const why = !person ? "mismatch" : !adult ? "underage" : boundElsewhere ? "rebind" : "proof";
    await appendAudit(tx, at, {
      action: lockNow ? "real-name.lockout" : why === "mismatch" ? "real-name.failure" : "real-name.proof-needed",
      outcome: lockNow ? "locked" : "refused",
      accountId: owner.id,
      personId: person?.id ?? null,
      clientRef,
      detail: { failures, reason: why },
    });
    return lockNow ? { ok: false, reason: "locked", lockedUntil } : { ok: false, reason: "unconfirmed", attemptsLeft: maxFailures - failures };
  });
}
