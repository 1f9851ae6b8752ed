import { lt, sql } from "drizzle-orm";
import { rateLimitCooldown, rateLimitWindow } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { countRateLimitRefusal } from "@/lib/observability/metrics";
import { RETENTION_POLICY } from "./policy";

export type Limit = { windowSeconds: number; max: number };
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one hit in the current fixed window and says whether it is within the limit. One
 * INSERT … ON CONFLICT DO UPDATE … RETURNING: atomic on PostgreSQL, so the limit holds however many
 * app instances count at once.
 */
export async function hit(db: DbOrTx, key: string, limit: Limit, at: Date): Promise<Verdict> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(at.getTime() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimitWindow)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({ target: [rateLimitWindow.key, rateLimitWindow.windowStart], set: { hits: sql`${rateLimitWindow.hits} + 1` } })
    .returning({ hits: rateLimitWindow.hits });
  if (row && row.hits <= limit.max) return { allowed: true };
  countRateLimitRefusal(key, "window");
  return { allowed: false, retryAfterSeconds: Math.ceil((windowStart.getTime() + windowMs - at.getTime()) / 1000) };
}

/** Counts one hit against each of the limits (keys `<key>:0`, `<key>:1`, …); the first one exceeded answers. */
export async function withinLimits(db: DbOrTx, key: string, limits: readonly Limit[], at: Date): Promise<Verdict> {
  for (const [index, limit] of limits.entries()) {
    const verdict = await hit(db, `${key}:${index}`, limit, at);
    if (!verdict.allowed) return verdict;
  }
  return { allowed: true };
}

/**
 * Takes the key's turn if its cooldown has passed, and starts the next cooldown. The conditional
 * upsert returns no row when the previous turn is still cooling down.
 */
export async function takeTurn(db: DbOrTx, key: string, cooldownSeconds: number, at: Date): Promise<Verdict> {
  const nextAllowedAt = new Date(at.getTime() + cooldownSeconds * 1000);
  const taken = await db
    .insert(rateLimitCooldown)
    .values({ key, nextAllowedAt })
    .onConflictDoUpdate({
      target: rateLimitCooldown.key,
      set: { nextAllowedAt },
      setWhere: sql`${rateLimitCooldown.nextAllowedAt} <= ${at}`,
    })
    .returning({ key: rateLimitCooldown.key });
  if (taken.length > 0) return { allowed: true };
  const [current] = await db
    .select({ nextAllowedAt: rateLimitCooldown.nextAllowedAt })
    .from(rateLimitCooldown)
    .where(sql`${rateLimitCooldown.key} = ${key}`);
  const waitMs = (current?.nextAllowedAt.getTime() ?? at.getTime()) - at.getTime();
  countRateLimitRefusal(key, "cooldown");
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Drops counters of windows that can no longer count anything (RETENTION_POLICY). */
export async function purgeOldWindows(db: DbOrTx, at: Date): Promise<number> {
  const since = new Date(at.getTime() - RETENTION_POLICY.rateLimitWindowsAfterStartSeconds * 1000);
  const gone = await db.delete(rateLimitWindow).where(lt(rateLimitWindow.windowStart, since)).returning({ key: rateLimitWindow.key });
  return gone.length;
}

/** Drops cool-downs that ran out (RETENTION_POLICY). */
export async function purgeOldCooldowns(db: DbOrTx, at: Date): Promise<number> {
  const since = new Date(at.getTime() - RETENTION_POLICY.rateLimitCooldownsAfterEndSeconds * 1000);
  const gone = await db.delete(rateLimitCooldown).where(lt(rateLimitCooldown.nextAllowedAt, since)).returning({ key: rateLimitCooldown.key });
  return gone.length;
}
