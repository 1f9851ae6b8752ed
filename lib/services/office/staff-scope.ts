import { and, eq, lte, type SQL } from "drizzle-orm";
import { holdsRole, type StaffActor, type StaffRole } from "@/lib/auth/staff-actor";
import { shanghaiDate } from "@/lib/clock";
import { appendAudit, type AuditAction } from "@/lib/db/audit";
import { registryHousehold } from "@/lib/db/schema";
import type { Db, DbOrTx, Tx } from "@/lib/db/types";
import type { QueueFilters } from "@/lib/forms/office-queues";

/** Why the office's services refuse a member of staff before looking at the item itself. */
export type StaffRefusal = { ok: false; reason: "role" | "region" };

/** Whether the member of staff holds one of the roles (anything else passed as one, such as a resident's Actor, holds none). */
export function holdsAny(actor: StaffActor, roles: readonly StaffRole[]): boolean {
  return Array.isArray(actor.roles) && typeof actor.staffId === "string" && roles.some((role) => holdsRole(actor, role));
}

/** Whether the person's region is the staff member's (null: they serve every region). */
export function inScope(actor: StaffActor, region: string | null): boolean {
  return actor.region === null || actor.region === region;
}

/** Who reads the queues: clerks and reviewers (an administrator manages accounts, not cases). */
export const QUEUE_READERS: readonly StaffRole[] = ["clerk", "reviewer"];

/**
 * Audits a refusal (which action was attempted, and why) on the person, in the caller's
 * transaction, and returns it: refusals are part of the trail, and change nothing else.
 */
export async function refused<R extends { ok: false; reason: string }>(
  tx: DbOrTx,
  at: Date,
  actor: StaffActor,
  attempted: AuditAction,
  personId: string | null,
  result: R,
  detail: Record<string, string | number | boolean | null> = {},
): Promise<R> {
  await appendAudit(tx, at, { action: "office.refused", outcome: "refused", staffId: actor.staffId, personId, detail: { attempted, reason: result.reason, ...detail } });
  return result;
}

/** The queue filters and the staff member's region as conditions on the person's household (joined as registry_household). */
export function householdConditions(actor: StaffActor, filters: Pick<QueueFilters, "region" | "district">): SQL[] {
  const conditions: SQL[] = [];
  if (actor.region !== null) conditions.push(eq(registryHousehold.region, actor.region as never));
  if (filters.region) conditions.push(eq(registryHousehold.region, filters.region as never));
  if (filters.district) conditions.push(eq(registryHousehold.district, filters.district));
  return conditions;
}

/** "At least N days old" on `today`: created on or before the end of that day (Asia/Shanghai). */
export function olderThan(column: Parameters<typeof lte>[0], minAgeDays: number | null, today: string): SQL | undefined {
  if (minAgeDays === null) return undefined;
  const cutoff = new Date(`${today}T23:59:59.999+08:00`);
  cutoff.setUTCDate(cutoff.getUTCDate() - minAgeDays);
  return lte(column, cutoff);
}

/** Whole days from an instant's day to `today` (Asia/Shanghai). */
export function ageInDays(at: Date, today: string): number {
  return Math.max(0, Math.round((Date.parse(today) - Date.parse(shanghaiDate(at))) / 86_400_000));
}

export const all = (...conditions: (SQL | undefined)[]) => and(...conditions.filter((c): c is SQL => c !== undefined));

/** Thrown inside a transaction to undo everything written so far and answer with `result`. */
export class Undo<R> extends Error {
  constructor(readonly result: R) {
    super("undone");
  }
}

/** db.transaction, where an Undo rolls back and becomes the answer. */
export async function transactionUndoable<R>(db: Db, run: (tx: Tx) => Promise<R>): Promise<R> {
  try {
    return await db.transaction(run);
  } catch (error) {
    if (error instanceof Undo) return error.result as R;
    throw error;
  }
}
