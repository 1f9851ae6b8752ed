import { lt } from "drizzle-orm";
import { faceCheck, localFaceSession, otpChallenge, rebindCode } from "@/lib/db/schema";
import type { Db, DbOrTx } from "@/lib/db/types";
import { RETENTION_POLICY } from "./policy";
import { purgeOldCooldowns, purgeOldWindows } from "./rate-limit";
import { purgeEndedSessions } from "./sessions";
import { purgeOutbox } from "./sms";

/** How many rows each purge removed. */
export type Purged = Record<(typeof PURGES)[number][0], number>;

const before = (at: Date, seconds: number) => new Date(at.getTime() - seconds * 1000);

const count = async (rows: Promise<unknown[]>) => (await rows).length;

/**
 * Each of sign-in's short-lived tables and what of it has outlived RETENTION_POLICY. audit_event is not
 * here and never will be: it is append-only (a trigger refuses changes) and kept at least 180 days.
 */
const PURGES = [
  ["otpChallenge", (db: DbOrTx, at: Date) => count(db.delete(otpChallenge).where(lt(otpChallenge.expiresAt, before(at, RETENTION_POLICY.codesAfterExpirySeconds))).returning({ id: otpChallenge.id }))],
  ["rebindCode", (db: DbOrTx, at: Date) => count(db.delete(rebindCode).where(lt(rebindCode.expiresAt, before(at, RETENTION_POLICY.codesAfterExpirySeconds))).returning({ id: rebindCode.id }))],
  ["faceCheck", (db: DbOrTx, at: Date) => count(db.delete(faceCheck).where(lt(faceCheck.startedAt, before(at, RETENTION_POLICY.faceChecksAfterStartSeconds))).returning({ id: faceCheck.id }))],
  [
    "localFaceSession",
    (db: DbOrTx, at: Date) => count(db.delete(localFaceSession).where(lt(localFaceSession.createdAt, before(at, RETENTION_POLICY.faceChecksAfterStartSeconds))).returning({ id: localFaceSession.id })),
  ],
  ["session", purgeEndedSessions],
  ["rateLimitWindow", purgeOldWindows],
  ["rateLimitCooldown", purgeOldCooldowns],
  ["smsOutbox", purgeOutbox],
] as const;

/** Deletes what has outlived its retention period, one transaction per table (so no purge holds another table's locks). */
export async function purgeExpired(db: Db, at: Date): Promise<Purged> {
  const purged = {} as Purged;
  for (const [table, purge] of PURGES) purged[table] = await db.transaction((tx) => purge(tx, at));
  return purged;
}
