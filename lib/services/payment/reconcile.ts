import { appendAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/types";
import type { CashierRecord } from "@/lib/cashier/callback";
import type { CashierProvider } from "@/lib/cashier/providers";
import { normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { recordPayment } from "./record-payment";

export type ReconcileSummary = { date: string; paid: number; recorded: number; alreadyRecorded: number; refundDue: number; refused: { reference: string; reason: string }[] };

/**
 * Reconcile a day: every payment the cashier says it took goes through the same recording path as
 * its callback, so one whose callback never arrived is recorded now, and one already recorded is
 * found and left as it is. Each payment is its own transaction; the run ends with one audit event.
 */
export async function reconcileDay(db: Db, date: string, records: CashierRecord[], at: Date, provider: CashierProvider): Promise<ReconcileSummary> {
  const summary: ReconcileSummary = { date, paid: 0, recorded: 0, alreadyRecorded: 0, refundDue: 0, refused: [] };
  for (const record of records) {
    if (record.status !== "paid" || !record.paidAt) continue;
    summary.paid += 1;
    const result = await recordPayment(
      db,
      {
        provider,
        providerReference: record.reference,
        noticeNumber: normalizeNoticeNumber(record.noticeNumber),
        amountFen: record.amountFen,
        paidAt: new Date(record.paidAt),
        via: "reconcile",
      },
      at,
    );
    if (!result.ok) summary.refused.push({ reference: record.reference, reason: result.reason });
    else if (result.replay) summary.alreadyRecorded += 1;
    else if (result.outcome === "refund-due") summary.refundDue += 1;
    else summary.recorded += 1;
  }
  await appendAudit(db, at, {
    action: "payment.reconciled",
    outcome: "success",
    detail: { date, paid: summary.paid, recorded: summary.recorded, alreadyRecorded: summary.alreadyRecorded, refundDue: summary.refundDue, refused: summary.refused.length },
  });
  return summary;
}
