import { and, eq, ne } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { officePayout, type OfficePayout } from "@/lib/db/schema";
import type { Tx } from "@/lib/db/types";

/**
 * The four-eyes steps every payout shares (a 代缴返还 claim, a refund): prepared by one member of
 * staff, approved by another. The database settles races: one payout per claim or payment (a
 * unique index), and each step is an update conditional on the status it moves from, so of two
 * approvals at once exactly one finds the payout still prepared.
 */

export type PayoutTarget = { kind: "claim"; claimId: string } | { kind: "refund"; paymentId: string };

/** Writes the prepared payout; null when the item already has one (prepared twice, or by two people at once). */
export async function insertPrepared(tx: Tx, actor: StaffActor, target: PayoutTarget, personId: string, amountFen: number, at: Date): Promise<string | null> {
  const [row] = await tx
    .insert(officePayout)
    .values({
      kind: target.kind,
      claimId: target.kind === "claim" ? target.claimId : null,
      paymentId: target.kind === "refund" ? target.paymentId : null,
      personId,
      amountFen,
      status: "prepared",
      preparedByStaffId: actor.staffId,
      preparedAt: at,
    })
    .onConflictDoNothing()
    .returning({ id: officePayout.id });
  return row?.id ?? null;
}

export type ApproveRefusal = { ok: false; reason: "not-prepared" | "preparer-cannot-approve" | "already-decided" };

/** Why a payout cannot be approved by this member of staff now, or null when it can. */
export function approvalRefusal(payout: OfficePayout | undefined, actor: StaffActor): ApproveRefusal | null {
  if (!payout) return { ok: false, reason: "not-prepared" };
  if (payout.status !== "prepared") return { ok: false, reason: "already-decided" };
  if (payout.preparedByStaffId === actor.staffId) return { ok: false, reason: "preparer-cannot-approve" };
  return null;
}

/**
 * Approves a prepared payout (and, for a claim, pays it out at once): true when this approval
 * landed, false when another got there first.
 */
export async function approvePrepared(tx: Tx, payoutId: string, actor: StaffActor, at: Date, paidOut?: { reference: string; ledgerId: string | null }): Promise<boolean> {
  const rows = await tx
    .update(officePayout)
    .set({
      status: paidOut ? "paid-out" : "approved",
      approvedByStaffId: actor.staffId,
      approvedAt: at,
      ...(paidOut ? { paidOutByStaffId: actor.staffId, paidOutAt: at, payoutReference: paidOut.reference, ledgerId: paidOut.ledgerId } : {}),
    })
    .where(and(eq(officePayout.id, payoutId), eq(officePayout.status, "prepared"), ne(officePayout.preparedByStaffId, actor.staffId)))
    .returning({ id: officePayout.id });
  return rows.length === 1;
}

/** The payout of a claim or payment, if it has one. */
export async function payoutOf(tx: Tx, target: PayoutTarget): Promise<OfficePayout | undefined> {
  const [row] = await tx
    .select()
    .from(officePayout)
    .where(target.kind === "claim" ? eq(officePayout.claimId, target.claimId) : eq(officePayout.paymentId, target.paymentId));
  return row;
}
