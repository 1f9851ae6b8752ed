import { and, eq, inArray, sql } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { shanghaiDate } from "@/lib/clock";
import { enrollment, paymentNotice, type PaymentNotice } from "@/lib/db/schema";
import type { Db, Tx } from "@/lib/db/types";
import { composeNoticeNumber } from "@/lib/numbers/notice-number";
import type { EligibilityAnswer, ParsedRequest } from "@/lib/rules";
import { noticePurpose, rightToAct, type Actor, type Right } from "../people/right-to-act";
import { regionOf } from "../enrollment/registry-facts";
import { assess } from "../enrollment/registration";
import { rowsOf, violates } from "@/lib/db/driver";
import { answerOn, describePack, dueDateFor, packForRegion, rulesDate } from "@/lib/rules";

export type NoticeState = PaymentNotice["status"];

/** The state a notice is in on `today`: an open notice past its due date has expired, whether or not that was written yet. */
export function stateOn(notice: Pick<PaymentNotice, "status" | "dueDate">, today: string): NoticeState {
  return notice.status === "open" && today > notice.dueDate ? "expired" : notice.status;
}

export type NoticeTarget = { kind: "enrollment"; enrollmentId: string } | { kind: "renewal"; personId: string };
type Refusal = Extract<Right, { ok: false }>["reason"];
export type IssueResult =
  | { ok: true; number: string; existing: boolean }
  | { ok: false; reason: Refusal | "not-found" | "not-payable" | "nothing-to-pay" }
  /** Another issue for the same person and year kept winning the race: try again in a moment. */
  | { ok: false; reason: "busy" }
  | { ok: false; reason: "already-paid"; number: string };

type Basis = { personId: string; enrollmentId: string | null; request: ParsedRequest; answer: EligibilityAnswer };

const ONE_LIVE = "payment_notice_one_live_per_person_year";
/** Losing the race once is normal (the other issue's notice is then found); losing it this often is not. */
export const MAX_ISSUE_ATTEMPTS = 3;

/**
 * Issues the payment notice for an enrollment, or for a resident who renews without registering:
 * the amount is the rules' payable on the day of issue, the due date the end of the payment period
 * or what the late rules allow. A live notice is returned as it is; one past its due date, or for
 * a cancelled enrollment, is closed first. One transaction, with an audit event.
 */
export async function issueNotice(db: Db, actor: Actor, target: NoticeTarget, at: Date, today: string): Promise<IssueResult> {
  for (let attempt = 1; attempt <= MAX_ISSUE_ATTEMPTS; attempt += 1) {
    const result = await issueOnce(db, actor, target, at, today);
    if (result !== LOST_RACE) return result;
  }
  return { ok: false, reason: "busy" };
}

const LOST_RACE = Symbol("lost the race");

async function issueOnce(db: Db, actor: Actor, target: NoticeTarget, at: Date, today: string): Promise<IssueResult | typeof LOST_RACE> {
  try {
    return await db.transaction(async (tx): Promise<IssueResult> => {
      const basis = await basisFor(tx, target, today);
      if (!basis.ok) return basis;
      const { personId, enrollmentId, request, answer } = basis.basis;
      const right = await rightToAct(tx, actor, personId, today, noticePurpose({ coverageYear: answer.policy.coverageYear, enrollmentId }), true);
      if (!right.ok) return right;
      if (!answer.eligible || answer.period === "closed" || answer.period === "not-open" || !answer.contribution) return { ok: false, reason: "not-payable" };
      const amountFen = answer.contribution.payable;
      if (amountFen <= 0) return { ok: false, reason: "nothing-to-pay" };

      const live = await tx
        .select()
        .from(paymentNotice)
        .where(and(eq(paymentNotice.personId, personId), eq(paymentNotice.coverageYear, answer.policy.coverageYear), inArray(paymentNotice.status, ["open", "paid"])))
        .for("update");
      for (const notice of live) {
        if (notice.status === "paid") return { ok: false, reason: "already-paid", number: notice.number };
        if (stateOn(notice, today) === "open" && notice.enrollmentId === enrollmentId) return { ok: true, number: notice.number, existing: true };
        await closeNotice(tx, notice, stateOn(notice, today) === "expired" ? "expired" : "cancelled", at);
      }

      const [sequence] = rowsOf<{ n: string }>(await tx.execute(sql`select nextval('payment_notice_number_seq')::text as n`));
      const number = composeNoticeNumber(answer.policy.coverageYear, Number(sequence?.n));
      await tx.insert(paymentNotice).values({
        number,
        personId,
        kind: target.kind,
        enrollmentId,
        packId: answer.policy.id,
        coverageYear: answer.policy.coverageYear,
        category: answer.category,
        request: { ...request, asOf: today },
        amountFen,
        provisional: answer.contribution.provisional,
        issuedOn: today,
        dueDate: dueDateFor(request, today, amountFen),
        status: "open",
        issuedAt: at,
        issuedByAccountId: actor.accountId,
        issuedByPersonId: actor.personId,
        actingAs: right.actingAs,
      });
      await appendAudit(tx, at, {
        action: "payment.notice-issued",
        outcome: "success",
        accountId: actor.accountId,
        personId,
        detail: { actorPersonId: actor.personId, actingAs: right.actingAs, reference: number, amountFen, packId: answer.policy.id },
      });
      return { ok: true, number, existing: false };
    });
  } catch (error) {
    // Two issues at once for the same person and year: the other one's notice is the notice (found on the next attempt).
    if (!violates(error, ONE_LIVE)) throw error;
    return LOST_RACE;
  }
}

async function basisFor(tx: Tx, target: NoticeTarget, today: string): Promise<{ ok: true; basis: Basis } | { ok: false; reason: "not-found" | "not-payable" }> {
  if (target.kind === "enrollment") {
    const [row] = await tx.select().from(enrollment).where(eq(enrollment.id, target.enrollmentId));
    if (!row) return { ok: false, reason: "not-found" };
    if (row.status !== "registered") return { ok: false, reason: "not-payable" };
    const answer = answerOn(row.request, rulesDate(row.request, today, shanghaiDate(row.submittedAt)));
    if (!answer) return { ok: false, reason: "not-payable" };
    return { ok: true, basis: { personId: row.personId, enrollmentId: row.id, request: row.request, answer } };
  }
  const pack = describePack(packForRegion((await regionOf(tx, target.personId)) ?? "", today));
  if (!pack) return { ok: false, reason: "not-found" };
  const assessment = await assess(tx, target.personId, pack, today);
  if (!assessment) return { ok: false, reason: "not-found" };
  if (assessment.outcome !== "renewal" || assessment.existing) return { ok: false, reason: "not-payable" };
  return { ok: true, basis: { personId: target.personId, enrollmentId: null, request: assessment.request, answer: assessment.answer } };
}

/** Closes an open notice (expired, or cancelled with its enrollment), with an audit event. */
export async function closeNotice(tx: Tx, notice: PaymentNotice, status: "expired" | "cancelled", at: Date): Promise<void> {
  const [closed] = await tx
    .update(paymentNotice)
    .set({ status, closedAt: at })
    .where(and(eq(paymentNotice.id, notice.id), eq(paymentNotice.status, "open")))
    .returning({ id: paymentNotice.id });
  if (!closed || status !== "expired") return;
  await appendAudit(tx, at, { action: "payment.notice-expired", outcome: "success", personId: notice.personId, detail: { reference: notice.number, dueDate: notice.dueDate } });
}
