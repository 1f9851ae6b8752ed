import { randomUUID } from "node:crypto";
import { and, desc, eq, gt, isNull, or } from "drizzle-orm";
import { account, faceCheck, rebindCode, registryPerson } from "@/lib/db/schema";
import type { Db, DbOrTx } from "@/lib/db/types";
import { appendAudit } from "@/lib/db/audit";
import { maskPhone } from "@/lib/identity/phone";
import { bindPerson } from "./binding";
import { boundAccountOf, liveClaim, lockUnbound, openClaim } from "./claim";
import type { FaceVerifier } from "./face-verification";
import { CODE_POLICIES, countTry, issueCode, judgeTry, readCode, whyNotCounted } from "./one-time-code";
import { SIGN_IN_POLICY } from "./policy";
import { hit, takeTurn } from "./rate-limit";
import { reference, serverKey } from "./secret";
import { createSession, revokeSession } from "./sessions";
import { rebindCodeText, type SmsSender } from "./sms";

/**
 * The proofs a claim still needs (docs/decisions/0012): after name and ID number matched a person on
 * a phone that is not the registry's for them, a face check; when the person is bound to another
 * phone, that phone's code. The counter is always open. Every binding goes through bindPerson.
 */

const FACE = SIGN_IN_POLICY.face;
const REBIND = CODE_POLICIES.rebind;

export type FaceStanding = { attemptsLeft: number; lockedUntil: Date | null };

/**
 * The face route's standing for an account claiming a person: failures in the last 24 hours, for this
 * account or for the person on any account, and starts by this account. Locked until the oldest
 * counted row leaves the window.
 */
export async function faceStanding(db: DbOrTx, accountId: string, personId: string | null, at: Date): Promise<FaceStanding> {
  const since = new Date(at.getTime() - FACE.windowSeconds * 1000);
  const failed = await db
    .select({ startedAt: faceCheck.startedAt })
    .from(faceCheck)
    .where(and(eq(faceCheck.status, "failed"), gt(faceCheck.startedAt, since), or(eq(faceCheck.accountId, accountId), eq(faceCheck.personId, personId ?? ""))))
    .orderBy(desc(faceCheck.startedAt))
    .limit(FACE.maxFailures);
  const started = await db
    .select({ startedAt: faceCheck.startedAt })
    .from(faceCheck)
    .where(and(eq(faceCheck.accountId, accountId), gt(faceCheck.startedAt, since)))
    .orderBy(desc(faceCheck.startedAt))
    .limit(FACE.maxStarts);
  const until = (rows: { startedAt: Date }[], max: number) => (rows.length >= max ? new Date(rows.at(-1)!.startedAt.getTime() + FACE.windowSeconds * 1000) : null);
  const lockedUntil = [until(failed, FACE.maxFailures), until(started, FACE.maxStarts)].filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return { attemptsLeft: lockedUntil ? 0 : FACE.maxFailures - failed.length, lockedUntil };
}

/**
 * What the proof page shows for an account with a live claim: the same for every claim (issue 13: it
 * must not tell whether the name and number matched anyone, or whether that person is bound to
 * another phone). The face standing is null when this deployment has no face adapter.
 */
export type ClaimView = { face: FaceStanding | null; pendingFace: boolean; retypesLeft: number };

/** The proof page's view: null without a live claim (or once bound). The person's name is not shown back. */
export async function loadClaim(db: Db, accountId: string, faceAvailable: boolean, at: Date): Promise<ClaimView | null> {
  const [owner] = await db.select().from(account).where(eq(account.id, accountId));
  if (!owner || owner.personId) return null;
  const claim = liveClaim(owner, at);
  if (!claim) return null;
  const retypesLeft = SIGN_IN_POLICY.realName.maxFailures - owner.realNameFailures;
  if (!faceAvailable) return { face: null, pendingFace: false, retypesLeft };
  const [pending] = await db
    .select({ id: faceCheck.id })
    .from(faceCheck)
    .where(and(eq(faceCheck.accountId, accountId), eq(faceCheck.status, "pending"), gt(faceCheck.expiresAt, at)));
  return { face: await faceStanding(db, accountId, claim.personId, at), pendingFace: Boolean(pending), retypesLeft };
}

export type StartFaceResult =
  | { ok: true; checkId: string; providerRef: string }
  | { ok: false; reason: "no-claim" | "already-bound" | "unavailable" | "no-account" }
  | { ok: false; reason: "locked"; lockedUntil: Date };

/**
 * 刷脸认证, step 1: opens a check with the provider for the claimed person; earlier open checks lapse.
 * "unavailable" when face cannot bind for this claim: the name and number matched no one who can be
 * bound, or the person is bound to another phone (face never replaces a binding: that takes the old
 * phone's code or the counter).
 */
export async function startFaceCheck(db: Db, verifier: FaceVerifier, input: { accountId: string; clientAddress: string }, at: Date): Promise<StartFaceResult> {
  const key = await serverKey(db);
  const clientRef = reference(key, "client", input.clientAddress);
  return db.transaction(async (tx) => {
    const claim = await openClaim(tx, input.accountId, at);
    if (!claim.ok) return claim;
    const { owner, personId } = claim;
    if (!personId || (await boundAccountOf(tx, personId))) return { ok: false, reason: "unavailable" };
    const standing = await faceStanding(tx, owner.id, personId, at);
    if (standing.lockedUntil) {
      await appendAudit(tx, at, { action: "real-name.face-refused", outcome: "locked", accountId: owner.id, personId, clientRef, detail: { reason: "locked" } });
      return { ok: false, reason: "locked", lockedUntil: standing.lockedUntil };
    }
    const [person] = await tx.select({ id: registryPerson.id, name: registryPerson.name, idNumber: registryPerson.idNumber }).from(registryPerson).where(eq(registryPerson.id, personId));
    if (!person) return { ok: false, reason: "no-claim" };
    await tx.update(faceCheck).set({ status: "expired", decidedAt: at }).where(and(eq(faceCheck.accountId, owner.id), eq(faceCheck.status, "pending")));
    const { sessionId } = await verifier.start(tx, person, at);
    const checkId = randomUUID();
    await tx.insert(faceCheck).values({
      id: checkId,
      accountId: owner.id,
      personId,
      provider: verifier.provider,
      providerRef: sessionId,
      status: "pending",
      startedAt: at,
      expiresAt: new Date(at.getTime() + FACE.ttlSeconds * 1000),
    });
    await appendAudit(tx, at, { action: "real-name.face-started", outcome: "success", accountId: owner.id, personId, clientRef, detail: { provider: verifier.provider, checkId } });
    return { ok: true, checkId, providerRef: sessionId };
  });
}

/** The account's open face check, for the page that waits for it (the provider's session id, for the demo link). */
export async function openFaceCheck(db: Db, accountId: string, at: Date): Promise<{ checkId: string; provider: string; providerRef: string } | null> {
  const [row] = await db
    .select({ checkId: faceCheck.id, provider: faceCheck.provider, providerRef: faceCheck.providerRef })
    .from(faceCheck)
    .where(and(eq(faceCheck.accountId, accountId), eq(faceCheck.status, "pending"), gt(faceCheck.expiresAt, at)))
    .orderBy(desc(faceCheck.startedAt))
    .limit(1);
  return row ?? null;
}

export type FinishFaceResult =
  | { ok: true; personId: string; sessionToken: string }
  | { ok: false; reason: "pending" | "no-check" | "expired" | "already-bound" | "bound-elsewhere" | "no-account" }
  | { ok: false; reason: "failed"; attemptsLeft: number }
  | { ok: false; reason: "locked"; lockedUntil: Date };

/**
 * 刷脸认证, step 2: asks the provider for the open check's result. Passed binds the account (and
 * rotates the session); failed is counted, and the third failure in 24 hours locks the face route;
 * pending changes nothing.
 */
export async function finishFaceCheck(
  db: Db,
  sms: SmsSender,
  verifier: FaceVerifier,
  input: { accountId: string; clientAddress: string; sessionToken: string | undefined },
  at: Date,
): Promise<FinishFaceResult> {
  const key = await serverKey(db);
  const clientRef = reference(key, "client", input.clientAddress);
  return db.transaction(async (tx) => {
    const locked = await lockUnbound(tx, input.accountId);
    if (!locked.ok) return locked;
    const owner = locked.owner;
    const [check] = await tx
      .select()
      .from(faceCheck)
      .where(and(eq(faceCheck.accountId, owner.id), eq(faceCheck.status, "pending"), eq(faceCheck.provider, verifier.provider)))
      .orderBy(desc(faceCheck.startedAt))
      .limit(1);
    if (!check) return { ok: false, reason: "no-check" };
    const outcome = await verifier.result(tx, check.providerRef, at);
    if (outcome === "pending") {
      if (check.expiresAt > at) return { ok: false, reason: "pending" };
      await tx.update(faceCheck).set({ status: "expired", decidedAt: at }).where(eq(faceCheck.id, check.id));
      return { ok: false, reason: "expired" };
    }
    const audit = { accountId: owner.id, personId: check.personId, clientRef };
    if (outcome === "failed") {
      await tx.update(faceCheck).set({ status: "failed", decidedAt: at }).where(eq(faceCheck.id, check.id));
      const standing = await faceStanding(tx, owner.id, check.personId, at);
      if (standing.lockedUntil) {
        await appendAudit(tx, at, { action: "real-name.face-lockout", outcome: "locked", ...audit, detail: { checkId: check.id } });
        return { ok: false, reason: "locked", lockedUntil: standing.lockedUntil };
      }
      await appendAudit(tx, at, { action: "real-name.face-failed", outcome: "failure", ...audit, detail: { checkId: check.id, attemptsLeft: standing.attemptsLeft } });
      return { ok: false, reason: "failed", attemptsLeft: standing.attemptsLeft };
    }

    await tx.update(faceCheck).set({ status: "passed", decidedAt: at, usedAt: at }).where(eq(faceCheck.id, check.id));
    await appendAudit(tx, at, { action: "real-name.face-passed", outcome: "success", ...audit, detail: { checkId: check.id } });
    // Someone else's phone was bound to the person meanwhile: face does not replace it.
    if (await boundAccountOf(tx, check.personId)) return { ok: false, reason: "bound-elsewhere" };
    // Or is bound in this same moment (issue 13): the database lets one binding in.
    if (!(await bindPerson(tx, sms, key, { accountId: owner.id, personId: check.personId, route: "face", clientRef }, at)).ok) return { ok: false, reason: "bound-elsewhere" };
    await revokeSession(tx, input.sessionToken, at);
    const sessionToken = await createSession(tx, owner.id, at);
    return { ok: true, personId: check.personId, sessionToken };
  });
}

export type SendRebindResult =
  | { ok: true; validMinutes: number }
  | { ok: false; reason: "no-claim" | "already-bound" | "no-account" }
  | { ok: false; reason: "too-soon" | "person-limit"; retryAfterSeconds: number };

/**
 * Moving a binding, step 1: a code to the phone already bound to the claimed person, naming the new
 * phone (masked). 60 s between codes from one account, five an hour to one person's phone. The answer
 * is the same when there is no such phone (no person matched, or none bound): the same turns are
 * taken and nothing is sent (issue 13: the answer does not say whether anyone is bound).
 */
export async function sendRebindCode(db: Db, sms: SmsSender, input: { accountId: string; clientAddress: string }, at: Date): Promise<SendRebindResult> {
  const key = await serverKey(db);
  const clientRef = reference(key, "client", input.clientAddress);
  return db.transaction(async (tx) => {
    const claim = await openClaim(tx, input.accountId, at);
    if (!claim.ok) return claim;
    const { owner, personId } = claim;
    const old = await boundAccountOf(tx, personId);
    const refuse = async (reason: "too-soon" | "person-limit", retryAfterSeconds: number): Promise<SendRebindResult> => {
      await appendAudit(tx, at, { action: "real-name.rebind-code-refused", outcome: "refused", accountId: owner.id, personId, clientRef, detail: { reason } });
      return { ok: false, reason, retryAfterSeconds };
    };
    const turn = await takeTurn(tx, `rebind:account:${owner.id}`, REBIND.resendSeconds, at);
    if (!turn.allowed) return refuse("too-soon", turn.retryAfterSeconds);
    const byPerson = await hit(tx, `rebind:person:${reference(key, "phone", old?.phone ?? `none:${owner.id}`)}`, REBIND.limits.codesPerPerson, at);
    if (!byPerson.allowed) return refuse("person-limit", byPerson.retryAfterSeconds);
    if (!old || !personId) {
      await appendAudit(tx, at, { action: "real-name.rebind-code-refused", outcome: "refused", accountId: owner.id, personId, clientRef, detail: { reason: "not-bound-elsewhere" } });
      return { ok: true, validMinutes: REBIND.ttlSeconds / 60 };
    }

    await tx.update(rebindCode).set({ consumedAt: at }).where(and(eq(rebindCode.accountId, owner.id), isNull(rebindCode.consumedAt)));
    const id = randomUUID();
    const issued = issueCode(key, "rebind", id, at);
    await tx.insert(rebindCode).values({ id, accountId: owner.id, personId, oldAccountId: old.id, codeHash: issued.codeHash, createdAt: at, expiresAt: issued.expiresAt });
    await sms.send(tx, { phone: old.phone, text: rebindCodeText(issued.code, issued.validMinutes, maskPhone(owner.phone)) }, at);
    await appendAudit(tx, at, {
      action: "real-name.rebind-code-sent",
      outcome: "success",
      accountId: owner.id,
      personId,
      phoneRef: reference(key, "phone", old.phone),
      clientRef,
      detail: { oldAccount: old.id },
    });
    return { ok: true, validMinutes: issued.validMinutes };
  });
}

export type VerifyRebindResult =
  | { ok: true; personId: string; sessionToken: string }
  | { ok: false; reason: "code-invalid" | "locked" | "expired" | "no-code" | "stale" | "already-bound" }
  | { ok: false; reason: "wrong-code"; attemptsLeft: number };

/**
 * Moving a binding, step 2: the old phone's code typed on the new phone. The right code releases the
 * old phone (its sessions end), binds this one, rotates the session and announces it. Tries are
 * counted by one conditional UPDATE, as for sign-in codes.
 */
export async function verifyRebindCode(
  db: Db,
  sms: SmsSender,
  input: { accountId: string; code: string; clientAddress: string; sessionToken: string | undefined },
  at: Date,
): Promise<VerifyRebindResult> {
  const code = readCode("rebind", input.code);
  if (code === null) return { ok: false, reason: "code-invalid" };
  const key = await serverKey(db);
  const clientRef = reference(key, "client", input.clientAddress);
  return db.transaction(async (tx) => {
    const locked = await lockUnbound(tx, input.accountId);
    if (!locked.ok) return { ok: false, reason: locked.reason === "no-account" ? "no-code" : "already-bound" };
    const owner = locked.owner;
    const [open] = await tx
      .select()
      .from(rebindCode)
      .where(and(eq(rebindCode.accountId, owner.id), isNull(rebindCode.consumedAt)))
      .orderBy(desc(rebindCode.createdAt))
      .limit(1);
    if (!open) return { ok: false, reason: "no-code" };
    const tries = countTry("rebind", rebindCode, at);
    const [tried] = await tx
      .update(rebindCode)
      .set({ attempts: tries.attempts })
      .where(and(eq(rebindCode.id, open.id), isNull(rebindCode.consumedAt), tries.allowed))
      .returning({ codeHash: rebindCode.codeHash, attempts: rebindCode.attempts });
    if (!tried) return { ok: false, reason: whyNotCounted("rebind", open, at) ?? "expired" };
    const verdict = judgeTry(key, "rebind", open.id, code, tried);
    if (!verdict.ok) {
      await appendAudit(tx, at, {
        action: "real-name.rebind-code-failure",
        outcome: verdict.reason === "locked" ? "locked" : "failure",
        accountId: owner.id,
        personId: open.personId,
        clientRef,
        detail: { attempt: tried.attempts },
      });
      return verdict;
    }
    await tx.update(rebindCode).set({ consumedAt: at }).where(eq(rebindCode.id, open.id));
    // The binding the code was sent to must still be the one it replaces.
    const current = await boundAccountOf(tx, open.personId);
    if (current?.id !== open.oldAccountId) return { ok: false, reason: "stale" };
    if (!(await bindPerson(tx, sms, key, { accountId: owner.id, personId: open.personId, route: "old-phone", clientRef }, at)).ok) return { ok: false, reason: "stale" };
    await revokeSession(tx, input.sessionToken, at);
    const sessionToken = await createSession(tx, owner.id, at);
    return { ok: true, personId: open.personId, sessionToken };
  });
}
