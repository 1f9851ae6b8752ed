import { randomBytes } from "node:crypto";
import { and, eq, gt, isNull, lt, or } from "drizzle-orm";
import { account, session } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { RETENTION_POLICY, SIGN_IN_POLICY } from "./policy";
import { sha256 } from "./secret";

const { idleSeconds, absoluteSeconds } = SIGN_IN_POLICY.session;

export type CurrentSession = { accountId: string; personId: string | null; phone: string };

/** A new session for the account: returns the token for the cookie; only its hash is stored. */
export async function createSession(db: DbOrTx, accountId: string, at: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.insert(session).values({
    idHash: sha256(token),
    accountId,
    createdAt: at,
    lastSeenAt: at,
    expiresAt: new Date(at.getTime() + absoluteSeconds * 1000),
  });
  return token;
}

/**
 * The session behind a cookie, if it is live: not revoked, used within the last 30 minutes, and
 * younger than 12 hours. Marks it as used now, in the same statement, unless `touch` is false: a
 * background poll (a status endpoint a page asks every few seconds) reads the session without
 * extending it, so an unattended tab still reaches the idle limit.
 */
export async function resolveSession(
  db: DbOrTx,
  token: string | undefined,
  at: Date,
  { touch = true }: { touch?: boolean } = {},
): Promise<CurrentSession | null> {
  if (!token || token.length > 100) return null;
  const idleSince = new Date(at.getTime() - idleSeconds * 1000);
  const live = and(eq(session.idHash, sha256(token)), isNull(session.revokedAt), gt(session.lastSeenAt, idleSince), gt(session.expiresAt, at));
  const [found] = touch
    ? await db.update(session).set({ lastSeenAt: at }).where(live).returning({ accountId: session.accountId })
    : await db.select({ accountId: session.accountId }).from(session).where(live);
  if (!found) return null;
  const [owner] = await db
    .select({ accountId: account.id, personId: account.personId, phone: account.phone })
    .from(account)
    .where(eq(account.id, found.accountId));
  return owner ?? null;
}

/** Ends one session (sign out). */
export async function revokeSession(db: DbOrTx, token: string | undefined, at: Date): Promise<string | null> {
  if (!token) return null;
  const [ended] = await db
    .update(session)
    .set({ revokedAt: at })
    .where(and(eq(session.idHash, sha256(token)), isNull(session.revokedAt)))
    .returning({ accountId: session.accountId });
  return ended?.accountId ?? null;
}

/** Ends every session of the account (sign out everywhere); returns how many were live. */
export async function revokeAllSessions(db: DbOrTx, accountId: string, at: Date): Promise<number> {
  const ended = await db
    .update(session)
    .set({ revokedAt: at })
    .where(and(eq(session.accountId, accountId), isNull(session.revokedAt), gt(session.expiresAt, at)))
    .returning({ idHash: session.idHash });
  return ended.length;
}

/** Removes sessions that ended — revoked, past their absolute limit, or idle past the idle limit — longer ago than RETENTION_POLICY keeps them. */
export async function purgeEndedSessions(db: DbOrTx, at: Date): Promise<number> {
  const endedBefore = new Date(at.getTime() - RETENTION_POLICY.sessionsAfterEndSeconds * 1000);
  const idleBefore = new Date(endedBefore.getTime() - idleSeconds * 1000);
  const gone = await db
    .delete(session)
    .where(or(lt(session.expiresAt, endedBefore), lt(session.revokedAt, endedBefore), lt(session.lastSeenAt, idleBefore)))
    .returning({ idHash: session.idHash });
  return gone.length;
}
