import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { shanghaiDate } from "@/lib/clock";
import { accountLedger, familyBinding, paymentNotice } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { debitAccount } from "./account-debit";
import type { Actor } from "../people/right-to-act";
import { isUuid } from "@/lib/db/driver";
import { stateOn } from "../payment/notices";
import { recordPayment } from "../payment/record-payment";

/** The provider name of payments made from an employee account; the provider reference is the ledger row's id. */
export const FAMILY_AID_PROVIDER = "family-aid-account";

export type PayFromAccountResult =
  | { ok: true; ledgerId: string; paymentId: string; amountFen: number; balanceBeforeFen: number; balanceAfterFen: number; noticeNumber: string }
  | { ok: false; reason: "insufficient"; balanceFen: number; amountFen: number }
  | { ok: false; reason: "not-bound" | "no-notice" | "notice-closed" | "no-account" | "not-recorded" };

class Rollback extends Error {
  constructor(readonly result: PayFromAccountResult) {
    super(result.ok ? "ok" : result.reason);
  }
}

/** The payment's instant: now, unless the service date is pinned to another day (then noon of that day in Asia/Shanghai). */
export function paidAtOn(today: string, at: Date): Date {
  return shanghaiDate(at) === today ? at : new Date(`${today}T12:00:00+08:00`);
}

/**
 * 家庭共济 by account debit (the pack's rule of kind "account-debit"): pays a bound relative's open
 * notice from the payer's 历年账户 balance. One transaction: one conditional update that debits
 * only when the balance covers the whole amount (else refused with the balance, nothing debited),
 * a ledger row (with the opening row on the account's first movement), and the notice marked paid
 * by the same recordPayment as a callback.
 */
export async function payFromAccount(db: Db, actor: Actor, input: { bindingId: string; noticeNumber: string }, at: Date, today: string): Promise<PayFromAccountResult> {
  if (!isUuid(input.bindingId)) return { ok: false, reason: "not-bound" };
  try {
    return await db.transaction(async (tx) => {
      const refuse = async (result: Exclude<PayFromAccountResult, { ok: true }>, personId: string | null) => {
        await appendAudit(tx, at, {
          action: "family.account-refused",
          outcome: "refused",
          accountId: actor.accountId,
          personId,
          detail: { actorPersonId: actor.personId, bindingId: input.bindingId, reason: result.reason, reference: input.noticeNumber },
        });
        return result;
      };
      // Locked (issue 13, ADR 0014): a revoke waits until this debit commits, or the debit is refused after the revoke.
      const [binding] = await tx
        .select()
        .from(familyBinding)
        .where(and(eq(familyBinding.id, input.bindingId), eq(familyBinding.payerPersonId, actor.personId), eq(familyBinding.status, "active"), eq(familyBinding.kind, "account-debit")))
        .for("update");
      if (!binding) return refuse({ ok: false, reason: "not-bound" }, null);
      const [notice] = await tx
        .select()
        .from(paymentNotice)
        .where(and(eq(paymentNotice.number, input.noticeNumber), eq(paymentNotice.personId, binding.beneficiaryPersonId)));
      if (!notice) return refuse({ ok: false, reason: "no-notice" }, binding.beneficiaryPersonId);
      if (stateOn(notice, today) !== "open") return refuse({ ok: false, reason: "notice-closed" }, binding.beneficiaryPersonId);

      const debit = await debitAccount(tx, actor.personId, notice.amountFen, at);
      if (!debit.ok) {
        if (debit.reason === "no-account") return refuse({ ok: false, reason: "no-account" }, binding.beneficiaryPersonId);
        return refuse({ ok: false, reason: "insufficient", balanceFen: debit.balanceFen, amountFen: notice.amountFen }, binding.beneficiaryPersonId);
      }
      const { balanceBeforeFen, balanceAfterFen } = debit;
      const ledgerId = randomUUID();
      await tx.insert(accountLedger).values({
        id: ledgerId,
        personId: actor.personId,
        kind: "family-aid-debit",
        amountFen: -notice.amountFen,
        balanceAfterFen,
        bindingId: binding.id,
        noticeId: notice.id,
        beneficiaryPersonId: binding.beneficiaryPersonId,
        accountId: actor.accountId,
        at,
      });
      const recorded = await recordPayment(
        tx as unknown as Db,
        { provider: FAMILY_AID_PROVIDER, providerReference: ledgerId, noticeNumber: notice.number, amountFen: notice.amountFen, paidAt: paidAtOn(today, at), via: "account-debit", actor },
        at,
      );
      // Anything but an applied payment (paid meanwhile by another channel, closed): undo the debit.
      if (!recorded.ok || recorded.outcome !== "applied") throw new Rollback({ ok: false, reason: recorded.ok && recorded.refundReason === "duplicate" ? "notice-closed" : "not-recorded" });
      await appendAudit(tx, at, {
        action: "family.account-paid",
        outcome: "success",
        accountId: actor.accountId,
        personId: binding.beneficiaryPersonId,
        detail: { actorPersonId: actor.personId, bindingId: binding.id, ledgerId, reference: notice.number, amountFen: notice.amountFen, balanceAfterFen },
      });
      return { ok: true, ledgerId, paymentId: recorded.paymentId, amountFen: notice.amountFen, balanceBeforeFen, balanceAfterFen, noticeNumber: notice.number } as const;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}
