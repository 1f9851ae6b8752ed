import { and, asc, eq } from "drizzle-orm";
import { shanghaiDate } from "@/lib/clock";
import { officePayout, payment, type Payment } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";

/** due: waiting for the office; prepared and approved: on its way (two members of staff); paid-out: paid back. */
export type RefundState = "due" | "prepared" | "approved" | "paid-out";

export type RefundView = {
  amountFen: number;
  paidOn: string;
  reason: NonNullable<Payment["refundReason"]>;
  providerReference: string;
  state: RefundState;
  /** The day the office paid it back, and the transfer's reference. */
  paidOutOn: string | null;
  payoutReference: string | null;
};

/** The payments of a notice kept to refund, each with how far the office's refund has come. */
export async function refundsOf(db: DbOrTx, noticeId: string): Promise<RefundView[]> {
  const rows = await db
    .select({ payment, payout: officePayout })
    .from(payment)
    .leftJoin(officePayout, eq(officePayout.paymentId, payment.id))
    .where(and(eq(payment.noticeId, noticeId), eq(payment.outcome, "refund-due")))
    .orderBy(asc(payment.receivedAt));
  return rows.map(({ payment: p, payout }) => ({
    amountFen: p.amountFen,
    paidOn: p.paidOn,
    reason: p.refundReason ?? "duplicate",
    providerReference: p.providerReference,
    state: !payout || payout.status === "cancelled" ? "due" : payout.status,
    paidOutOn: payout?.paidOutAt ? shanghaiDate(payout.paidOutAt) : null,
    payoutReference: payout?.status === "paid-out" ? payout.payoutReference : null,
  }));
}
