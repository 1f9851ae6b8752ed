import { eq } from "drizzle-orm";
import { account } from "@/lib/db/schema";
import type { DbOrTx, Tx } from "@/lib/db/types";
import { SIGN_IN_POLICY } from "./policy";

/**
 * An account's claim (docs/decisions/0012): the last real-name attempt that did not bind at once, kept
 * for 30 minutes. `personId` is whom the name and ID number matched, or null when they matched no one
 * who could be bound — the proof steps treat both alike, so that they tell a stranger nothing (issue 13).
 */
export type AccountRow = typeof account.$inferSelect;

export function liveClaim(owner: AccountRow, at: Date): { personId: string | null } | null {
  if (!owner.claimedAt) return null;
  return owner.claimedAt.getTime() + SIGN_IN_POLICY.claim.ttlSeconds * 1000 > at.getTime() ? { personId: owner.claimPersonId } : null;
}

/** The account row, locked for the transaction, while it is not yet bound to a person. */
export async function lockUnbound(tx: Tx, accountId: string): Promise<{ ok: true; owner: AccountRow } | { ok: false; reason: "no-account" | "already-bound" }> {
  const [owner] = await tx.select().from(account).where(eq(account.id, accountId)).for("update");
  if (!owner) return { ok: false, reason: "no-account" };
  if (owner.personId) return { ok: false, reason: "already-bound" };
  return { ok: true, owner };
}

export type OpenClaim = { ok: true; owner: AccountRow; personId: string | null } | { ok: false; reason: "no-account" | "already-bound" | "no-claim" };

/** The preamble of every proof step: the account locked, not yet bound, with a live claim. */
export async function openClaim(tx: Tx, accountId: string, at: Date): Promise<OpenClaim> {
  const locked = await lockUnbound(tx, accountId);
  if (!locked.ok) return locked;
  const claim = liveClaim(locked.owner, at);
  return claim ? { ok: true, owner: locked.owner, personId: claim.personId } : { ok: false, reason: "no-claim" };
}

/** The account a person is bound to, if any. */
export async function boundAccountOf(db: DbOrTx, personId: string | null): Promise<{ id: string; phone: string } | undefined> {
  const [row] = await db
    .select({ id: account.id, phone: account.phone })
    .from(account)
    .where(eq(account.personId, personId ?? ""));
  return row;
}
