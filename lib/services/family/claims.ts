import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { familyBinding, payment, paymentNotice, reimbursementClaim } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { packById, reimbursementOpensOn } from "@/lib/rules";
import type { Actor } from "../people/right-to-act";
import { isUuid, violates } from "@/lib/db/driver";

export type SubmitClaimResult =
  | { ok: true; claimId: string; amountFen: number }
  | { ok: false; reason: "too-early"; opensOn: string; provisional: boolean }
  | { ok: false; reason: "not-bound" | "not-paid" | "already-claimed" };

/**
 * 代缴返还 (a pack's 家庭共济 rule of kind "reimbursement"): the employee applies for the return of a
 * contribution a bound relative paid, once the rule's working days after the payment have passed
 * (reimbursementOpensOn). One claim per payment; one transaction, audited on the relative.
 */
export async function submitClaim(db: Db, actor: Actor, input: { bindingId: string; noticeNumber: string }, at: Date, today: string): Promise<SubmitClaimResult> {
  if (!isUuid(input.bindingId)) return { ok: false, reason: "not-bound" };
  try {
    return await db.transaction(async (tx): Promise<SubmitClaimResult> => {
      const refuse = async (result: Exclude<SubmitClaimResult, { ok: true }>, personId: string | null) => {
        await appendAudit(tx, at, {
          action: "family.claim-refused",
          outcome: "refused",
          accountId: actor.accountId,
          personId,
          detail: { actorPersonId: actor.personId, bindingId: input.bindingId, reference: input.noticeNumber, reason: result.reason },
        });
        return result;
      };
      const [binding] = await tx
        .select()
        .from(familyBinding)
        .where(and(eq(familyBinding.id, input.bindingId), eq(familyBinding.payerPersonId, actor.personId), eq(familyBinding.status, "active"), eq(familyBinding.kind, "reimbursement")));
      if (!binding) return refuse({ ok: false, reason: "not-bound" }, null);
      const [paid] = await tx
        .select({ payment, notice: paymentNotice })
        .from(paymentNotice)
        .innerJoin(payment, and(eq(payment.noticeId, paymentNotice.id), eq(payment.outcome, "applied")))
        .where(and(eq(paymentNotice.number, input.noticeNumber), eq(paymentNotice.personId, binding.beneficiaryPersonId)));
      const pack = packById(binding.packId, today);
      if (!paid || !pack) return refuse({ ok: false, reason: "not-paid" }, binding.beneficiaryPersonId);
      const opening = reimbursementOpensOn(pack, paid.payment.paidOn);
      if (!opening.ok) return refuse({ ok: false, reason: "not-bound" }, binding.beneficiaryPersonId);
      if (today < opening.opensOn) return refuse({ ok: false, reason: "too-early", opensOn: opening.opensOn, provisional: opening.provisional }, binding.beneficiaryPersonId);
      const claimId = randomUUID();
      await tx.insert(reimbursementClaim).values({
        id: claimId,
        bindingId: binding.id,
        payerPersonId: actor.personId,
        payerAccountId: actor.accountId,
        beneficiaryPersonId: binding.beneficiaryPersonId,
        paymentId: paid.payment.id,
        noticeNumber: paid.notice.number,
        amountFen: paid.payment.amountFen,
        paidOn: paid.payment.paidOn,
        opensOn: opening.opensOn,
        provisional: opening.provisional ? "yes" : "no",
        status: "submitted",
        submittedOn: today,
        submittedAt: at,
      });
      await appendAudit(tx, at, {
        action: "family.claim-submitted",
        outcome: "success",
        accountId: actor.accountId,
        personId: binding.beneficiaryPersonId,
        detail: { actorPersonId: actor.personId, bindingId: binding.id, claimId, reference: paid.notice.number, amountFen: paid.payment.amountFen },
      });
      return { ok: true, claimId, amountFen: paid.payment.amountFen };
    });
  } catch (error) {
    if (violates(error, "reimbursement_claim_one_per_payment")) return { ok: false, reason: "already-claimed" };
    throw error;
  }
}
