import { eq } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { staffAccount } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { hashPassword, verifyPassword } from "../password-hash";
import { reference } from "../secret";
import { seal, unseal } from "../seal";
import { matchTotp, otpauthUri } from "../totp";
import { isRefusal, openCodeStep, refuseCode, type CodeResult } from "./code-step";
import { officeKeys } from "./keys";
import { clearFailures } from "./lockout";
import { livePending, type Stage } from "./pending";
import { STAFF_POLICY } from "./policy";
import { newRecoveryCodes, storeRecoveryCodes } from "./recovery-codes";
import { nextStage, proceed, type StepDone } from "./steps";

/** Where a pending sign-in stands, for the pages between the steps; null when there is none. */
export async function pendingStage(db: Db, token: string | undefined, at: Date): Promise<{ stage: Stage; staffNumber: string; displayName: string } | null> {
  const pending = await livePending(db, token, at);
  if (!pending || pending.staff.disabledAt) return null;
  return { stage: pending.stage, staffNumber: pending.staff.staffNumber, displayName: pending.staff.displayName };
}

export type Enrolment = { staffNumber: string; displayName: string; secret: string; otpauthUri: string };

/** The secret to add to an authenticator app (as a QR code and typed by hand), while the first sign-in is at enrolment. */
export async function enrolmentFor(db: Db, token: string | undefined, at: Date): Promise<Enrolment | null> {
  const pending = await livePending(db, token, at, "enrol");
  if (!pending?.enrolSecretSealed) return null;
  const secret = unseal((await officeKeys(db)).seal, pending.enrolSecretSealed, pending.idHash);
  if (!secret) return null;
  const { staffNumber, displayName } = pending.staff;
  return { staffNumber, displayName, secret, otpauthUri: otpauthUri(secret, STAFF_POLICY.issuer, staffNumber) };
}

/**
 * Enrolment: the first code from the new secret proves the app holds it. The secret becomes the
 * account's (sealed to it), its step counts as used, and ten new recovery codes replace any old
 * ones; they are kept sealed in the pending sign-in until the staff member has seen them. Refused
 * when the account was enrolled meanwhile (another browser with the same one-time password).
 */
export async function confirmEnrolment(
  db: Db,
  input: { pendingToken: string | undefined; code: string; clientAddress: string; previousSessionToken?: string },
  at: Date,
): Promise<CodeResult> {
  const code = input.code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: "code-invalid" };
  const { hmac, seal: sealKey } = await officeKeys(db);
  const clientRef = reference(hmac, "client", input.clientAddress);
  return db.transaction(async (tx) => {
    const pending = await openCodeStep(tx, input.pendingToken, "enrol", clientRef, at);
    if (isRefusal(pending)) return pending;
    const { staff } = pending;
    const secret = pending.enrolSecretSealed ? unseal(sealKey, pending.enrolSecretSealed, pending.idHash) : null;
    if (!secret || staff.totpSecretSealed !== null) return { ok: false, reason: "stale" };
    const match = matchTotp(secret, code, at, null);
    if (!match || "replayed" in match) return refuseCode(tx, pending, clientRef, "wrong-code", at);
    await tx
      .update(staffAccount)
      .set({ totpSecretSealed: seal(sealKey, secret, staff.id), totpEnrolledAt: at, totpLastStep: match.step })
      .where(eq(staffAccount.id, staff.id));
    await clearFailures(tx, staff.id);
    const codes = newRecoveryCodes();
    await storeRecoveryCodes(tx, hmac, staff.id, codes, at);
    await appendAudit(tx, at, { action: "office.enrolled", outcome: "success", staffId: staff.id, clientRef, detail: { recoveryCodes: codes.length } });
    const next = nextStage({ enrolled: true, passwordChangeRequired: staff.passwordChangeRequired, codesToShow: true });
    return proceed(tx, pending, "enrol", next, { clientRef, previousSessionToken: input.previousSessionToken }, at, {
      enrolSecretSealed: null,
      recoveryCodesSealed: seal(sealKey, codes.join(" "), pending.idHash),
      method: "enrolment",
    });
  });
}

export type NewPasswordProblem = "too-short" | "too-long" | "staff-number" | "unchanged";

/** What is wrong with a new password, if anything (NIST SP 800-63B: length, and not a value the office knows). */
export function newPasswordProblem(password: string, staffNumber: string): Exclude<NewPasswordProblem, "unchanged"> | null {
  const length = [...password.normalize("NFKC")].length;
  if (length < STAFF_POLICY.password.minLength) return "too-short";
  if (length > STAFF_POLICY.password.maxLength) return "too-long";
  if (password.includes(staffNumber)) return "staff-number";
  return null;
}

/**
 * The one-time password an admin was shown is replaced by one only the staff member knows (the
 * first sign-in, and after an admin reset the password). The second factor was given before.
 */
export async function setNewPassword(
  db: Db,
  input: { pendingToken: string | undefined; password: string; clientAddress: string; previousSessionToken?: string },
  at: Date,
): Promise<StepDone | { ok: false; reason: "stale" } | { ok: false; reason: "password"; problem: NewPasswordProblem }> {
  const pending = await livePending(db, input.pendingToken, at, "new-password");
  if (!pending || pending.staff.disabledAt) return { ok: false, reason: "stale" };
  const problem = newPasswordProblem(input.password, pending.staff.staffNumber) ?? ((await verifyPassword(input.password, pending.staff.passwordHash)) ? "unchanged" : null);
  if (problem) return { ok: false, reason: "password", problem };
  const passwordHash = await hashPassword(input.password);
  const clientRef = reference((await officeKeys(db)).hmac, "client", input.clientAddress);
  return db.transaction(async (tx) => {
    const locked = await livePending(tx, input.pendingToken, at, "new-password", { lock: true });
    if (!locked || locked.staff.disabledAt) return { ok: false, reason: "stale" } as const;
    await tx.update(staffAccount).set({ passwordHash, passwordChangeRequired: false }).where(eq(staffAccount.id, locked.staffId));
    await appendAudit(tx, at, { action: "office.password-changed", outcome: "success", staffId: locked.staffId, clientRef });
    const next = nextStage({ enrolled: true, passwordChangeRequired: false, codesToShow: locked.recoveryCodesSealed !== null });
    return proceed(tx, locked, "new-password", next, { clientRef, previousSessionToken: input.previousSessionToken }, at);
  });
}

/** The new recovery codes, while the sign-in waits for the staff member to have noted them. */
export async function recoveryCodesFor(db: Db, token: string | undefined, at: Date): Promise<string[] | null> {
  const pending = await livePending(db, token, at, "recovery-codes");
  if (!pending?.recoveryCodesSealed) return null;
  return unseal((await officeKeys(db)).seal, pending.recoveryCodesSealed, pending.idHash)?.split(" ") ?? null;
}

/** "I have noted them": the codes are forgotten by the server (only their hashes stay) and the session starts. */
export async function acknowledgeRecoveryCodes(
  db: Db,
  input: { pendingToken: string | undefined; clientAddress: string; previousSessionToken?: string },
  at: Date,
): Promise<StepDone | { ok: false; reason: "stale" }> {
  const clientRef = reference((await officeKeys(db)).hmac, "client", input.clientAddress);
  return db.transaction(async (tx) => {
    const pending = await livePending(tx, input.pendingToken, at, "recovery-codes", { lock: true });
    if (!pending || pending.staff.disabledAt) return { ok: false, reason: "stale" } as const;
    return proceed(tx, pending, "recovery-codes", "done", { clientRef, previousSessionToken: input.previousSessionToken }, at);
  });
}
