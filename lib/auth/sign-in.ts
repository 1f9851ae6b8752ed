import { randomUUID } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { account, otpChallenge } from "@/lib/db/schema";
import { isUuid } from "@/lib/db/driver";
import type { Db, Tx } from "@/lib/db/types";
import { normalizePhone, phoneProblem } from "@/lib/identity/phone";
import { appendAudit } from "@/lib/db/audit";
import { CODE_POLICIES, countTry, issueCode, judgeTry, readCode, whyNotCounted } from "./one-time-code";
import { purgeOldWindows, takeTurn, withinLimits } from "./rate-limit";
import { reference, serverKey } from "./secret";
import { createSession, revokeSession } from "./sessions";
import { signInCodeText, type SmsSender } from "./sms";

const CODE = CODE_POLICIES["sign-in"];
const LIMITS = CODE.limits;

export type SendCodeResult =
  | { ok: true; challengeId: string; phone: string; resendAfterSeconds: number }
  | { ok: false; reason: "phone-invalid"; problem: "required" | "format" }
  | { ok: false; reason: "too-soon" | "phone-limit" | "address-limit"; retryAfterSeconds: number };

/**
 * Step 1 of sign-in: a 6-digit code to the phone. Refused while the previous code to that phone is
 * younger than 60 seconds, and beyond the per-phone and per-address limits. One transaction:
 * limits, the challenge (the code stored as a keyed hash), the SMS, the audit event.
 */
export async function sendSignInCode(
  db: Db,
  sms: SmsSender,
  input: { phone: string; clientAddress: string },
  at: Date,
): Promise<SendCodeResult> {
  const phone = normalizePhone(input.phone);
  const problem = phoneProblem(phone);
  if (problem) return { ok: false, reason: "phone-invalid", problem };
  const key = await serverKey(db);
  const phoneRef = reference(key, "phone", phone);
  const clientRef = reference(key, "client", input.clientAddress);

  return db.transaction(async (tx) => {
    const refuse = async (reason: "too-soon" | "phone-limit" | "address-limit", retryAfterSeconds: number): Promise<SendCodeResult> => {
      await appendAudit(tx, at, { action: "sign-in.code-refused", outcome: "refused", phoneRef, clientRef, detail: { reason } });
      return { ok: false, reason, retryAfterSeconds };
    };
    const byAddress = await withinLimits(tx, `code:addr:${clientRef}`, LIMITS.codesPerAddress, at);
    if (!byAddress.allowed) return refuse("address-limit", byAddress.retryAfterSeconds);
    const turn = await takeTurn(tx, `code:phone:${phoneRef}`, CODE.resendSeconds, at);
    if (!turn.allowed) return refuse("too-soon", turn.retryAfterSeconds);
    const byPhone = await withinLimits(tx, `code:phone:${phoneRef}`, LIMITS.codesPerPhone, at);
    if (!byPhone.allowed) return refuse("phone-limit", byPhone.retryAfterSeconds);

    // A new code replaces any earlier one for the phone.
    await tx
      .update(otpChallenge)
      .set({ consumedAt: at })
      .where(and(eq(otpChallenge.phone, phone), isNull(otpChallenge.consumedAt), gt(otpChallenge.expiresAt, at)));
    const challengeId = randomUUID();
    const issued = issueCode(key, "sign-in", challengeId, at);
    await tx.insert(otpChallenge).values({ id: challengeId, phone, codeHash: issued.codeHash, createdAt: at, expiresAt: issued.expiresAt });
    await sms.send(tx, { phone, text: signInCodeText(issued.code, issued.validMinutes) }, at);
    await appendAudit(tx, at, { action: "sign-in.code-sent", outcome: "success", phoneRef, clientRef });
    await purgeOldWindows(tx, at);
    return { ok: true, challengeId, phone, resendAfterSeconds: CODE.resendSeconds };
  });
}

/** The phone a pending challenge was sent to (for "send again" and the masked number on the code page). */
export async function challengePhone(db: Db, challengeId: string | undefined): Promise<string | null> {
  if (!challengeId || !isUuid(challengeId)) return null;
  const [row] = await db.select({ phone: otpChallenge.phone }).from(otpChallenge).where(eq(otpChallenge.id, challengeId));
  return row?.phone ?? null;
}

export type VerifyCodeResult =
  | { ok: true; accountId: string; needsRealName: boolean; sessionToken: string }
  | { ok: false; reason: "code-invalid" }
  | { ok: false; reason: "wrong-code"; attemptsLeft: number }
  | { ok: false; reason: "locked" | "expired" | "used" | "unknown" }
  | { ok: false; reason: "address-limit"; retryAfterSeconds: number };

/**
 * Step 2: checks the code. Each try is counted by one conditional UPDATE that only succeeds while
 * the challenge is live and has tries left, so concurrent guesses can never exceed five. The right
 * code consumes the challenge (single use), finds or creates the phone's account and starts a new
 * session, ending the one the browser had (rotation).
 */
export async function verifySignInCode(
  db: Db,
  input: { challengeId: string | undefined; code: string; clientAddress: string; previousSessionToken?: string },
  at: Date,
): Promise<VerifyCodeResult> {
  const code = readCode("sign-in", input.code);
  if (code === null) return { ok: false, reason: "code-invalid" };
  const challengeId = input.challengeId;
  if (!challengeId || !isUuid(challengeId)) return { ok: false, reason: "unknown" };
  const key = await serverKey(db);
  const clientRef = reference(key, "client", input.clientAddress);

  return db.transaction(async (tx) => {
    const byAddress = await withinLimits(tx, `verify:addr:${clientRef}`, LIMITS.codeChecksPerAddress, at);
    if (!byAddress.allowed) return { ok: false, reason: "address-limit", retryAfterSeconds: byAddress.retryAfterSeconds };

    const tries = countTry("sign-in", otpChallenge, at);
    const [tried] = await tx
      .update(otpChallenge)
      .set({ attempts: tries.attempts })
      .where(and(eq(otpChallenge.id, challengeId), isNull(otpChallenge.consumedAt), tries.allowed))
      .returning({ phone: otpChallenge.phone, codeHash: otpChallenge.codeHash, attempts: otpChallenge.attempts });
    if (!tried) return { ok: false, reason: await whyNotLive(tx, challengeId, at) };

    const phoneRef = reference(key, "phone", tried.phone);
    const verdict = judgeTry(key, "sign-in", challengeId, code, tried);
    if (!verdict.ok) {
      const locked = verdict.reason === "locked";
      await appendAudit(tx, at, {
        action: locked ? "sign-in.lockout" : "sign-in.failure",
        outcome: locked ? "locked" : "failure",
        phoneRef,
        clientRef,
        detail: { reason: "wrong-code", attempt: tried.attempts },
      });
      return verdict;
    }

    const [consumed] = await tx
      .update(otpChallenge)
      .set({ consumedAt: at })
      .where(and(eq(otpChallenge.id, challengeId), isNull(otpChallenge.consumedAt)))
      .returning({ id: otpChallenge.id });
    if (!consumed) return { ok: false, reason: "used" };

    const [owner] = await tx
      .insert(account)
      .values({ phone: tried.phone, createdAt: at, lastSignInAt: at })
      .onConflictDoUpdate({ target: account.phone, set: { lastSignInAt: at } })
      .returning({ id: account.id, personId: account.personId });
    if (!owner) throw new Error("account not created");
    await revokeSession(tx, input.previousSessionToken, at);
    const sessionToken = await createSession(tx, owner.id, at);
    await appendAudit(tx, at, { action: "sign-in.success", outcome: "success", accountId: owner.id, personId: owner.personId, phoneRef, clientRef });
    return { ok: true, accountId: owner.id, needsRealName: owner.personId === null, sessionToken };
  });
}

async function whyNotLive(tx: Tx, challengeId: string, at: Date): Promise<"locked" | "expired" | "used" | "unknown"> {
  const [row] = await tx
    .select({ consumedAt: otpChallenge.consumedAt, expiresAt: otpChallenge.expiresAt, attempts: otpChallenge.attempts })
    .from(otpChallenge)
    .where(eq(otpChallenge.id, challengeId));
  if (!row) return "unknown";
  if (row.consumedAt) return "used";
  return whyNotCounted("sign-in", row, at) ?? "unknown";
}
