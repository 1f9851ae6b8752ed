import { and, eq } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { shanghaiDate } from "@/lib/clock";
import { enrollment, payment, paymentNotice, type Payment, type PaymentNotice } from "@/lib/db/schema";
import type { Db, Tx } from "@/lib/db/types";
import { countPaymentRecorded } from "@/lib/observability/metrics";
import { closeNotice, stateOn } from "./notices";
import { coverOn } from "@/lib/rules";

/** Money that arrived for a notice, however it arrived: a collection service's callback, reconcile, an account debit (家庭共济). */
export type ArrivedPayment = {
  /** Who collected it: "sandbox-cashier", "family-aid", … */
  provider: string;
  /** The provider's own reference: a payment is recorded once per (provider, reference). */
  providerReference: string;
  noticeNumber: string;
  amountFen: number;
  paidAt: Date;
  via: Payment["via"];
  /** Who made it, when a resident of the portal did (an account debit); audited on the person paid for. */
  actor?: { accountId: string; personId: string };
};

export type RecordResult =
  | { ok: true; outcome: Payment["outcome"]; refundReason: Payment["refundReason"]; paymentId: string; replay: boolean; noticeNumber: string }
  | { ok: false; reason: "unknown-notice" | "amount-mismatch" | "reference-conflict" };

/**
 * Records a payment exactly once. The notice row is locked first, so that identical confirmations
 * arriving together take turns: the first records the payment and marks the notice paid (with
 * coverage fixed by the payment date in Asia/Shanghai); every later one finds the payment by its
 * provider reference and gets the same answer. A second, different payment for a paid notice, or
 * one for a notice that had expired or been cancelled when it was paid, is recorded as refund-due,
 * never applied and never dropped. An amount that is not the notice's is refused. One transaction,
 * audited either way.
 */
export async function recordPayment(db: Db, arrived: ArrivedPayment, at: Date): Promise<RecordResult> {
  const result = await recordInTransaction(db, arrived, at);
  // Counted once committed, and once per payment: a repeated confirmation records nothing new.
  if (result.ok && !result.replay) countPaymentRecorded(result.outcome, arrived.via);
  return result;
}

function recordInTransaction(db: Db, arrived: ArrivedPayment, at: Date): Promise<RecordResult> {
  return db.transaction(async (tx) => {
    const [notice] = await tx.select().from(paymentNotice).where(eq(paymentNotice.number, arrived.noticeNumber)).for("update");
    const audit = (outcome: "success" | "refused", personId: string | null, detail: Record<string, string | number | boolean | null>) =>
      appendAudit(tx, at, {
        action: outcome === "success" ? "payment.recorded" : "payment.rejected",
        outcome,
        accountId: arrived.actor?.accountId ?? null,
        personId,
        detail: {
          reference: arrived.noticeNumber,
          provider: arrived.provider,
          providerReference: arrived.providerReference,
          amountFen: arrived.amountFen,
          via: arrived.via,
          actorPersonId: arrived.actor?.personId ?? null,
          ...detail,
        },
      });
    if (!notice) {
      await audit("refused", null, { reason: "unknown-notice" });
      return { ok: false, reason: "unknown-notice" };
    }

    const [known] = await tx
      .select()
      .from(payment)
      .where(and(eq(payment.provider, arrived.provider), eq(payment.providerReference, arrived.providerReference)));
    if (known) {
      const same = known.noticeId === notice.id && known.amountFen === arrived.amountFen && known.paidAt.getTime() === arrived.paidAt.getTime();
      if (same) {
        // Every confirmation is audited; a repeat changes nothing and says so.
        await audit("success", notice.personId, { outcome: known.outcome, refundReason: known.refundReason, replay: true });
        return { ok: true, outcome: known.outcome, refundReason: known.refundReason, paymentId: known.id, replay: true, noticeNumber: notice.number };
      }
      await audit("refused", notice.personId, { reason: "reference-conflict" });
      return { ok: false, reason: "reference-conflict" };
    }

    if (arrived.amountFen !== notice.amountFen) {
      await audit("refused", notice.personId, { reason: "amount-mismatch", expectedFen: notice.amountFen });
      return { ok: false, reason: "amount-mismatch" };
    }

    const paidOn = shanghaiDate(arrived.paidAt);
    const { refundReason, registeredOn } = await refundReasonFor(tx, notice, paidOn, at);
    const [recorded] = await tx
      .insert(payment)
      .values({
        noticeId: notice.id,
        provider: arrived.provider,
        providerReference: arrived.providerReference,
        amountFen: arrived.amountFen,
        paidAt: arrived.paidAt,
        paidOn,
        receivedAt: at,
        via: arrived.via,
        outcome: refundReason ? "refund-due" : "applied",
        refundReason,
      })
      .returning({ id: payment.id });
    if (!recorded) throw new Error("payment not recorded");

    let cover: { start: string | null; end: string | null; benefitDays: number | null } = { start: null, end: null, benefitDays: null };
    if (!refundReason) {
      const fixed = coverOn(notice.request, paidOn, registeredOn);
      cover = { start: fixed?.start ?? null, end: fixed?.end ?? null, benefitDays: fixed?.benefitDays ?? 0 };
      await tx
        .update(paymentNotice)
        .set({ status: "paid", paidAt: arrived.paidAt, paymentId: recorded.id, coverageStart: cover.start, coverageEnd: cover.end, benefitDays: cover.benefitDays })
        .where(eq(paymentNotice.id, notice.id));
    }
    await audit("success", notice.personId, {
      outcome: refundReason ? "refund-due" : "applied",
      refundReason,
      paidOn,
      coverageStart: cover.start,
    });
    return { ok: true, outcome: refundReason ? "refund-due" : "applied", refundReason, paymentId: recorded.id, replay: false, noticeNumber: notice.number };
  });
}

/**
 * Why this payment cannot pay the notice, if it cannot: already paid (a duplicate), paid after the
 * due date, or the notice (or its enrollment) cancelled. Marking an enrollment paid is a conditional
 * update, so a cancellation that got there first wins and the money is refunded.
 */
async function refundReasonFor(
  tx: Tx,
  notice: PaymentNotice,
  paidOn: string,
  at: Date,
): Promise<{ refundReason: Payment["refundReason"]; registeredOn: string | null }> {
  const refund = (refundReason: NonNullable<Payment["refundReason"]>) => ({ refundReason, registeredOn: null });
  if (notice.status === "paid") return refund("duplicate");
  if (notice.status === "cancelled") return refund("notice-cancelled");
  if (notice.status === "expired" || stateOn(notice, paidOn) === "expired") {
    await closeNotice(tx, notice, "expired", at);
    return refund("notice-expired");
  }
  if (!notice.enrollmentId) return { refundReason: null, registeredOn: null };
  const [marked] = await tx
    .update(enrollment)
    .set({ status: "paid" })
    .where(and(eq(enrollment.id, notice.enrollmentId), eq(enrollment.status, "registered")))
    .returning({ submittedAt: enrollment.submittedAt });
  if (marked) return { refundReason: null, registeredOn: shanghaiDate(marked.submittedAt) };
  await closeNotice(tx, notice, "cancelled", at);
  return refund("notice-cancelled");
}
