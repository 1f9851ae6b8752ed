import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { staffAccount, staffSignIn, type StaffAccount } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { sha256 } from "../secret";
import { STAFF_POLICY } from "./policy";

export type Stage = (typeof staffSignIn.stage.enumValues)[number];
type PendingRow = typeof staffSignIn.$inferSelect;
export type PendingSignIn = PendingRow & { staff: StaffAccount };

/**
 * Starts a sign-in between its steps (after the right password); returns the token for its cookie.
 * `fields` is given the row's id, to seal what it holds to that row.
 */
export async function startPending(
  db: DbOrTx,
  staffId: string,
  stage: Stage,
  at: Date,
  fields: (idHash: string) => { enrolSecretSealed?: string } = () => ({}),
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const idHash = sha256(token);
  await db.insert(staffSignIn).values({ idHash, staffId, stage, createdAt: at, expiresAt: new Date(at.getTime() + STAFF_POLICY.pending.ttlSeconds * 1000), ...fields(idHash) });
  return token;
}

/**
 * The live pending sign-in behind a cookie, with its account (locked FOR UPDATE when asked, for a
 * step that changes it). Null when it ended, expired, or is at another stage than `stage`.
 */
export async function livePending(db: DbOrTx, token: string | undefined, at: Date, stage?: Stage, { lock = false } = {}): Promise<PendingSignIn | null> {
  if (!token || token.length > 100) return null;
  const live = and(eq(staffSignIn.idHash, sha256(token)), isNull(staffSignIn.consumedAt), gt(staffSignIn.expiresAt, at), stage ? eq(staffSignIn.stage, stage) : undefined);
  const [pending] = await db.select().from(staffSignIn).where(live);
  if (!pending) return null;
  const query = db.select().from(staffAccount).where(eq(staffAccount.id, pending.staffId));
  const [staff] = lock ? await query.for("update") : await query;
  return staff ? { ...pending, staff } : null;
}

/**
 * Moves the sign-in from one stage to the next, with the next stage's full time (enrolment, a new
 * password and the recovery codes each take a while); false when another request moved it first.
 */
export async function advancePending(
  db: DbOrTx,
  idHash: string,
  from: Stage,
  set: Partial<Pick<PendingRow, "stage" | "enrolSecretSealed" | "recoveryCodesSealed" | "method">>,
  at: Date,
): Promise<boolean> {
  const moved = await db
    .update(staffSignIn)
    .set({ ...set, expiresAt: new Date(at.getTime() + STAFF_POLICY.pending.ttlSeconds * 1000) })
    .where(and(eq(staffSignIn.idHash, idHash), eq(staffSignIn.stage, from), isNull(staffSignIn.consumedAt)))
    .returning({ idHash: staffSignIn.idHash });
  return moved.length > 0;
}

/** Ends the pending sign-in (it became a session, or it failed for good); false when it had ended already. */
export async function consumePending(db: DbOrTx, idHash: string, at: Date): Promise<boolean> {
  const ended = await db
    .update(staffSignIn)
    .set({ consumedAt: at, enrolSecretSealed: null, recoveryCodesSealed: null })
    .where(and(eq(staffSignIn.idHash, idHash), isNull(staffSignIn.consumedAt)))
    .returning({ idHash: staffSignIn.idHash });
  return ended.length > 0;
}

/** Ends every pending sign-in of the member of staff (disabled, or their second factor or password reset). */
export async function endPendingSignIns(db: DbOrTx, staffId: string, at: Date): Promise<void> {
  await db
    .update(staffSignIn)
    .set({ consumedAt: at, enrolSecretSealed: null, recoveryCodesSealed: null })
    .where(and(eq(staffSignIn.staffId, staffId), isNull(staffSignIn.consumedAt)));
}

/** Removes pending sign-ins that ended or expired more than a day ago. */
export async function purgeEndedPending(db: DbOrTx, at: Date): Promise<void> {
  const dayAgo = new Date(at.getTime() - 86_400_000);
  await db.delete(staffSignIn).where(or(lt(staffSignIn.expiresAt, dayAgo), lt(staffSignIn.consumedAt, dayAgo)));
}
