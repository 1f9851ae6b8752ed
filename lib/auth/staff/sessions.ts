import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { staffAccount, staffSession } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import type { StaffActor } from "../staff-actor";
import { sha256 } from "../secret";
import { STAFF_POLICY } from "./policy";

const { idleSeconds, absoluteSeconds } = STAFF_POLICY.session;

/** The signed-in member of staff, with what the console's header shows. */
export type StaffSession = StaffActor & { displayName: string };

/** A new session: returns the token for the cookie; only its hash is stored. */
export async function createStaffSession(db: DbOrTx, staffId: string, at: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(staffSession).values({
    idHash: sha256(token),
    staffId,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(at.getTime() + absoluteSeconds * 1000),
  });
  return token;
}

/**
 * The member of staff behind a cookie, if the session is live — not ended, used within the last 15
 * minutes, younger than 8 hours — and the account is not disabled. Roles and region are read afresh
 * on every request, so a change takes effect at once. Marks the session as used now.
 */
export async function resolveStaffSession(db: DbOrTx, token: string | undefined, at: Date): Promise<StaffSession | null> {
  if (!token || token.length > 100) return null;
  const idleSince = new Date(at.getTime() - idleSeconds * 1000);
  const [found] = await db
    .update(staffSession)
    .set({ lastSeenAt: at })
    .where(and(eq(staffSession.idHash, sha256(token)), isNull(staffSession.revokedAt), gt(staffSession.lastSeenAt, idleSince), gt(staffSession.expiresAt, at)))
    .returning({ staffId: staffSession.staffId });
  if (!found) return null;
  const [staff] = await db
    .select({ staffId: staffAccount.id, staffNumber: staffAccount.staffNumber, displayName: staffAccount.displayName, roles: staffAccount.roles, region: staffAccount.region })
    .from(staffAccount)
    .where(and(eq(staffAccount.id, found.staffId), isNull(staffAccount.disabledAt)));
  return staff ?? null;
}

/** Ends one session (sign out); returns whose it was. */
export async function revokeStaffSession(db: DbOrTx, token: string | undefined, at: Date): Promise<string | null> {
  if (!token) return null;
  const [ended] = await db
    .update(staffSession)
    .set({ revokedAt: at })
    .where(and(eq(staffSession.idHash, sha256(token)), isNull(staffSession.revokedAt)))
    .returning({ staffId: staffSession.staffId });
  return ended?.staffId ?? null;
}

/** Ends every session of the member of staff (sign out everywhere, disabled, second factor reset); returns how many were live. */
export async function revokeAllStaffSessions(db: DbOrTx, staffId: string, at: Date): Promise<number> {
  const ended = await db
    .update(staffSession)
    .set({ revokedAt: at })
    .where(and(eq(staffSession.staffId, staffId), isNull(staffSession.revokedAt), gt(staffSession.expiresAt, at)))
    .returning({ idHash: staffSession.idHash });
  return ended.length;
}

/** Removes sessions that ended more than a day ago. */
export async function purgeEndedStaffSessions(db: DbOrTx, at: Date): Promise<void> {
  const dayAgo = new Date(at.getTime() - 86_400_000);
  await db.delete(staffSession).where(sql`${staffSession.expiresAt} < ${dayAgo} or ${staffSession.revokedAt} < ${dayAgo}`);
}
