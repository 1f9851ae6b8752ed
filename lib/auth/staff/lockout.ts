import { eq, sql } from "drizzle-orm";
import { staffAccount } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/types";
import { STAFF_POLICY } from "./policy";

const { maxFailures, lockSeconds } = STAFF_POLICY.lockout;

/** Seconds until the account may try again, or 0 when it is not locked. */
export function lockedFor(staff: { lockedUntil: Date | null }, at: Date): number {
  const left = (staff.lockedUntil?.getTime() ?? 0) - at.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

export type Failure = { locked: true; retryAfterSeconds: number } | { locked: false; attemptsLeft: number };

/**
 * Counts a wrong password or code against the account in one UPDATE (concurrent failures are counted
 * one after another by the row lock): the fifth in a row locks it and starts the count again.
 */
export async function countFailure(tx: Tx, staffId: string, at: Date): Promise<Failure> {
  const locksNow = sql`${staffAccount.failedAttempts} + 1 >= ${maxFailures}`;
  const [row] = await tx
    .update(staffAccount)
    .set({
      failedAttempts: sql`case when ${locksNow} then 0 else ${staffAccount.failedAttempts} + 1 end`,
      lockedUntil: sql`case when ${locksNow} then ${new Date(at.getTime() + lockSeconds * 1000).toISOString()}::timestamptz else ${staffAccount.lockedUntil} end`,
    })
    .where(eq(staffAccount.id, staffId))
    .returning({ failedAttempts: staffAccount.failedAttempts, lockedUntil: staffAccount.lockedUntil });
  if (!row) throw new Error("staff account not found");
  const retryAfterSeconds = lockedFor(row, at);
  return retryAfterSeconds > 0 ? { locked: true, retryAfterSeconds } : { locked: false, attemptsLeft: maxFailures - row.failedAttempts };
}

/** A right second factor: the count starts again. */
export async function clearFailures(tx: Tx, staffId: string): Promise<void> {
  await tx.update(staffAccount).set({ failedAttempts: 0, lockedUntil: null }).where(eq(staffAccount.id, staffId));
}
