import { and, eq, isNull, lt, or } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { staffAccount } from "@/lib/db/schema";
import type { Db, Tx } from "@/lib/db/types";
import { hashPassword, needsRehash, verifyDecoy, verifyPassword } from "../password-hash";
import { withinLimits } from "../rate-limit";
import { seal, unseal } from "../seal";
import { keyedHash, reference } from "../secret";
import { matchTotp, newTotpSecret } from "../totp";
import { officeKeys } from "./keys";
import { clearFailures, countFailure, lockedFor } from "./lockout";
import { purgeEndedPending, startPending, type Stage } from "./pending";
import { STAFF_POLICY } from "./policy";
import { readRecoveryCode, useRecoveryCode } from "./recovery-codes";
import { isRefusal, openCodeStep, refuseCode, type CodeResult } from "./code-step";
import { nextStage, proceed } from "./steps";

const LIMITS = STAFF_POLICY.limits;

export type PasswordResult =
  | { ok: true; pendingToken: string; next: Extract<Stage, "second-factor" | "enrol"> }
  | { ok: false; reason: "wrong" }
  | { ok: false; reason: "disabled" }
  | { ok: false; reason: "locked" | "address-limit"; retryAfterSeconds: number };

/**
 * Step 1: staff number and password. An unknown number and a wrong password get the same answer,
 * after the same work (a decoy hash), and both "lock" after five tries. The right password of an
 * account that may sign in leaves only a pending sign-in (a cookie for the next step), never a
 * session. The hash is computed outside the transaction, which then decides on the locked row.
 */
export async function checkPassword(db: Db, input: { staffNumber: string; password: string; clientAddress: string }, at: Date): Promise<PasswordResult> {
  const staffNumber = input.staffNumber.trim();
  const { hmac, seal: sealKey } = await officeKeys(db);
  const clientRef = reference(hmac, "client", input.clientAddress);
  const numberRef = keyedHash(hmac, "office-number", staffNumber).slice(0, 16);

  const byAddress = await db.transaction(async (tx) => {
    const verdict = await withinLimits(tx, `office:password:addr:${clientRef}`, LIMITS.passwordChecksPerAddress, at);
    if (!verdict.allowed) await appendAudit(tx, at, { action: "office.sign-in.refused", outcome: "refused", clientRef, detail: { reason: "address-limit", numberRef } });
    return verdict;
  });
  if (!byAddress.allowed) return { ok: false, reason: "address-limit", retryAfterSeconds: byAddress.retryAfterSeconds };

  const [found] = staffNumber === "" ? [] : await db.select().from(staffAccount).where(eq(staffAccount.staffNumber, staffNumber));
  const right = found ? await verifyPassword(input.password, found.passwordHash) : await verifyDecoy(input.password);
  const rehashed = right && found && needsRehash(found.passwordHash) ? await hashPassword(input.password) : null;

  return db.transaction(async (tx): Promise<PasswordResult> => {
    const [staff] = found ? await tx.select().from(staffAccount).where(eq(staffAccount.id, found.id)).for("update") : [];
    const audit = (action: "office.sign-in.failure" | "office.sign-in.lockout" | "office.sign-in.refused", reason: string) =>
      appendAudit(tx, at, {
        action,
        outcome: action === "office.sign-in.lockout" ? "locked" : action === "office.sign-in.refused" ? "refused" : "failure",
        staffId: staff?.id ?? null,
        clientRef,
        detail: { step: "password", reason, ...(staff ? {} : { numberRef }) },
      });
    if (!staff) {
      const tries = await withinLimits(tx, `office:unknown:${numberRef}`, LIMITS.unknownNumber, at);
      if (!tries.allowed) {
        await audit("office.sign-in.refused", "locked");
        return { ok: false, reason: "locked", retryAfterSeconds: tries.retryAfterSeconds };
      }
      await audit("office.sign-in.failure", "unknown-number");
      return { ok: false, reason: "wrong" };
    }
    const lockedSeconds = lockedFor(staff, at);
    if (lockedSeconds > 0) {
      await audit("office.sign-in.refused", "locked");
      return { ok: false, reason: "locked", retryAfterSeconds: lockedSeconds };
    }
    if (!right || staff.passwordHash !== found!.passwordHash) {
      const failure = await countFailure(tx, staff.id, at);
      await audit(failure.locked ? "office.sign-in.lockout" : "office.sign-in.failure", "wrong-password");
      return failure.locked ? { ok: false, reason: "locked", retryAfterSeconds: failure.retryAfterSeconds } : { ok: false, reason: "wrong" };
    }
    if (staff.disabledAt) {
      await audit("office.sign-in.refused", "disabled");
      return { ok: false, reason: "disabled" };
    }
    if (rehashed) await tx.update(staffAccount).set({ passwordHash: rehashed }).where(eq(staffAccount.id, staff.id));
    const enrolled = staff.totpSecretSealed !== null;
    const next = enrolled ? "second-factor" : "enrol";
    // A first sign-in gets a candidate secret, sealed to this pending sign-in: it becomes the account's only when a code from it is typed.
    const token = await startPending(tx, staff.id, next, at, (idHash) => (enrolled ? {} : { enrolSecretSealed: seal(sealKey, newTotpSecret(), idHash) }));
    await appendAudit(tx, at, { action: "office.sign-in.password-accepted", outcome: "success", staffId: staff.id, clientRef, detail: { next } });
    await purgeEndedPending(tx, at);
    return { ok: true, pendingToken: token, next };
  });
}

/** What was typed for the second factor: a TOTP code, a recovery code, or neither (a typo, not counted as a try). */
export function readSecondFactor(typed: string): { kind: "totp" | "recovery"; code: string } | null {
  const digits = typed.replace(/\s/g, "");
  if (/^\d{6}$/.test(digits)) return { kind: "totp", code: digits };
  const recovery = readRecoveryCode(typed);
  return recovery ? { kind: "recovery", code: recovery } : null;
}

/**
 * Step 2: the code from the authenticator app, or one of the recovery codes. A TOTP code is taken
 * by one conditional UPDATE of the last step used, so the same code (or an earlier one) never
 * signs in twice, however many browsers send it at once; a recovery code likewise. Wrong codes
 * count towards the account's lockout with wrong passwords.
 */
export async function checkSecondFactor(
  db: Db,
  input: { pendingToken: string | undefined; code: string; clientAddress: string; previousSessionToken?: string },
  at: Date,
): Promise<CodeResult> {
  const typed = readSecondFactor(input.code);
  if (!typed) return { ok: false, reason: "code-invalid" };
  const { hmac, seal: sealKey } = await officeKeys(db);
  const clientRef = reference(hmac, "client", input.clientAddress);
  return db.transaction(async (tx) => {
    const pending = await openCodeStep(tx, input.pendingToken, "second-factor", clientRef, at);
    if (isRefusal(pending)) return pending;
    const { staff } = pending;
    let method: "totp" | "recovery-code";
    if (typed.kind === "totp") {
      const secret = staff.totpSecretSealed ? unseal(sealKey, staff.totpSecretSealed, staff.id) : null;
      const match = secret ? matchTotp(secret, typed.code, at, staff.totpLastStep) : null;
      if (!match) return refuseCode(tx, pending, clientRef, "wrong-code", at);
      if ("replayed" in match || !(await takeStep(tx, staff.id, match.step))) return refuseCode(tx, pending, clientRef, "replayed-code", at);
      method = "totp";
    } else {
      const left = await useRecoveryCode(tx, hmac, staff.id, typed.code, at);
      if (left === null) return refuseCode(tx, pending, clientRef, "wrong-recovery-code", at);
      await appendAudit(tx, at, { action: "office.recovery-code-used", outcome: "success", staffId: staff.id, clientRef, detail: { left } });
      method = "recovery-code";
    }
    await clearFailures(tx, staff.id);
    const next = nextStage({ enrolled: true, passwordChangeRequired: staff.passwordChangeRequired, codesToShow: false });
    return proceed(tx, pending, "second-factor", next, { clientRef, previousSessionToken: input.previousSessionToken }, at, { method });
  });
}

/** Records the step as used unless it (or a later one) was used meanwhile. */
export async function takeStep(tx: Tx, staffId: string, step: number): Promise<boolean> {
  const [taken] = await tx
    .update(staffAccount)
    .set({ totpLastStep: step })
    .where(and(eq(staffAccount.id, staffId), or(isNull(staffAccount.totpLastStep), lt(staffAccount.totpLastStep, step))))
    .returning({ id: staffAccount.id });
  return taken !== undefined;
}
