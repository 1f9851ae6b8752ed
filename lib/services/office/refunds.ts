import { and, asc, eq, inArray, isNull, or, type SQL } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { appendAudit } from "@/lib/db/audit";
import { isUuid } from "@/lib/db/driver";
import { officePayout, payment, paymentNotice, registryHousehold, registryPerson, type OfficePayout, type Payment } from "@/lib/db/schema";
import type { Db, DbOrTx, Tx } from "@/lib/db/types";
import { payoutReferenceSchema, type QueueFilters } from "@/lib/forms/office-queues";
import { maskIdNumber } from "@/lib/identity/id-number";
import { approvalRefusal, approvePrepared, insertPrepared, payoutOf, type ApproveRefusal } from "./payouts";
import { ageInDays, all, holdsAny, householdConditions, inScope, olderThan, QUEUE_READERS, refused, type StaffRefusal } from "./staff-scope";

/** due: kept as refund-due, nobody has prepared its refund yet. */
export const REFUND_QUEUE_STATUSES = ["due", "prepared", "approved", "paid-out"] as const;
export type RefundStatus = (typeof REFUND_QUEUE_STATUSES)[number];

/** A clerk prepares; a reviewer who did not prepare it approves; a clerk or reviewer records the payout. */
const PREPARERS = ["clerk"] as const;
const REVIEWERS = ["reviewer"] as const;
const PAYERS = ["clerk", "reviewer"] as const;

export type RefundItem = {
  paymentId: string;
  personName: string;
  idNumberMasked: string;
  region: string;
  district: string;
  noticeNumber: string;
  amountFen: number;
  refundReason: NonNullable<Payment["refundReason"]>;
  provider: string;
  providerReference: string;
  paidOn: string;
  receivedAt: Date;
  ageDays: number;
  status: RefundStatus;
  payout: Pick<OfficePayout, "preparedByStaffId" | "preparedAt" | "approvedByStaffId" | "approvedAt" | "paidOutAt" | "payoutReference"> | null;
};

function selectRefunds(db: DbOrTx) {
  return db
    .select({ payment, notice: paymentNotice, name: registryPerson.name, idNumber: registryPerson.idNumber, region: registryHousehold.region, district: registryHousehold.district, payout: officePayout })
    .from(payment)
    .innerJoin(paymentNotice, eq(paymentNotice.id, payment.noticeId))
    .innerJoin(registryPerson, eq(registryPerson.id, paymentNotice.personId))
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .leftJoin(officePayout, eq(officePayout.paymentId, payment.id));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectRefunds>["where"]>>[number];

const statusOf = (payout: OfficePayout | null): RefundStatus => (payout === null || payout.status === "cancelled" ? "due" : payout.status);

const itemOf = (r: Row, today: string): RefundItem => ({
  paymentId: r.payment.id,
  personName: r.name,
  idNumberMasked: maskIdNumber(r.idNumber),
  region: r.region,
  district: r.district,
  noticeNumber: r.notice.number,
  amountFen: r.payment.amountFen,
  refundReason: r.payment.refundReason ?? "duplicate",
  provider: r.payment.provider,
  providerReference: r.payment.providerReference,
  paidOn: r.payment.paidOn,
  receivedAt: r.payment.receivedAt,
  ageDays: ageInDays(r.payment.receivedAt, today),
  status: statusOf(r.payout),
  payout: r.payout
    ? { preparedByStaffId: r.payout.preparedByStaffId, preparedAt: r.payout.preparedAt, approvedByStaffId: r.payout.approvedByStaffId, approvedAt: r.payout.approvedAt, paidOutAt: r.payout.paidOutAt, payoutReference: r.payout.payoutReference }
    : null,
});

/** No status chosen: the work still to do (everything but what was paid out). */
const statusCondition = (status: RefundStatus | null): SQL | undefined =>
  status === null ? or(isNull(officePayout.id), inArray(officePayout.status, ["prepared", "approved"])) : status === "due" ? isNull(officePayout.id) : eq(officePayout.status, status);

/** Payments kept as refund-due (a second payment for a paid notice; one for an expired or cancelled notice), oldest first. */
export async function listRefunds(db: DbOrTx, actor: StaffActor, filters: QueueFilters<RefundStatus>, today: string): Promise<{ ok: true; items: RefundItem[] } | StaffRefusal> {
  if (!holdsAny(actor, QUEUE_READERS)) return { ok: false, reason: "role" };
  const rows = await selectRefunds(db)
    .where(all(eq(payment.outcome, "refund-due"), ...householdConditions(actor, filters), statusCondition(filters.status), olderThan(payment.receivedAt, filters.minAgeDays, today)))
    .orderBy(asc(payment.receivedAt))
    .limit(200);
  return { ok: true, items: rows.map((r) => itemOf(r, today)) };
}

export async function refundDetail(db: DbOrTx, actor: StaffActor, paymentId: string, today: string): Promise<{ ok: true; item: RefundItem } | StaffRefusal | { ok: false; reason: "not-found" }> {
  if (!holdsAny(actor, QUEUE_READERS)) return { ok: false, reason: "role" };
  if (!isUuid(paymentId)) return { ok: false, reason: "not-found" };
  const [r] = await selectRefunds(db).where(and(eq(payment.id, paymentId), eq(payment.outcome, "refund-due")));
  if (!r) return { ok: false, reason: "not-found" };
  if (!inScope(actor, r.region)) return { ok: false, reason: "region" };
  return { ok: true, item: itemOf(r, today) };
}

export type RefundStepResult =
  | { ok: true; status: RefundStatus }
  | StaffRefusal
  | ApproveRefusal
  | { ok: false; reason: "not-found" | "already-prepared" | "not-approved" }
  | { ok: false; errors: { field: string; key: string }[] };

type Attempt = "office.refund-prepared" | "office.refund-approved" | "office.refund-paid-out";

/** The refund-due payment, locked, after the role and region checks (refusals audited on the person). */
async function refundFor(tx: Tx, actor: StaffActor, paymentId: string, roles: readonly ("clerk" | "reviewer")[], attempted: Attempt, at: Date) {
  const [r] = await selectRefunds(tx)
    .where(and(eq(payment.id, paymentId), eq(payment.outcome, "refund-due")))
    .for("update", { of: payment });
  if (!r) return { refusal: { ok: false, reason: "not-found" } as const };
  const refuse = <R extends { ok: false; reason: string }>(result: R) => refused(tx, at, actor, attempted, r.notice.personId, result, { paymentId, reference: r.notice.number });
  if (!holdsAny(actor, roles)) return { refusal: await refuse({ ok: false, reason: "role" } as const) };
  if (!inScope(actor, r.region)) return { refusal: await refuse({ ok: false, reason: "region" } as const) };
  return { row: r, refuse };
}

const audit = (tx: Tx, at: Date, actor: StaffActor, action: Attempt, r: Row, extra: Record<string, string | number> = {}) =>
  appendAudit(tx, at, { action, outcome: "success", staffId: actor.staffId, personId: r.notice.personId, detail: { paymentId: r.payment.id, reference: r.notice.number, amountFen: r.payment.amountFen, ...extra } });

/** Prepares the refund of a refund-due payment: one payout per payment, whoever prepares it first. */
export async function prepareRefund(db: Db, actor: StaffActor, paymentId: string, at: Date): Promise<RefundStepResult> {
  if (!isUuid(paymentId)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx): Promise<RefundStepResult> => {
    const found = await refundFor(tx, actor, paymentId, PREPARERS, "office.refund-prepared", at);
    if (found.refusal) return found.refusal;
    const { row, refuse } = found;
    const payoutId = await insertPrepared(tx, actor, { kind: "refund", paymentId }, row.notice.personId, row.payment.amountFen, at);
    if (!payoutId) return refuse({ ok: false, reason: "already-prepared" } as const);
    await audit(tx, at, actor, "office.refund-prepared", row);
    return { ok: true, status: "prepared" };
  });
}

/** Approves a prepared refund: a reviewer other than the one who prepared it (a CHECK in the database too); exactly one approval lands. */
export async function approveRefund(db: Db, actor: StaffActor, paymentId: string, at: Date): Promise<RefundStepResult> {
  if (!isUuid(paymentId)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx): Promise<RefundStepResult> => {
    const found = await refundFor(tx, actor, paymentId, REVIEWERS, "office.refund-approved", at);
    if (found.refusal) return found.refusal;
    const { row, refuse } = found;
    const payout = await payoutOf(tx, { kind: "refund", paymentId });
    const refusal = approvalRefusal(payout, actor);
    if (refusal) return refuse(refusal);
    if (!(await approvePrepared(tx, payout!.id, actor, at))) return refuse({ ok: false, reason: "already-decided" } as const);
    await audit(tx, at, actor, "office.refund-approved", row, { preparedBy: payout!.preparedByStaffId });
    return { ok: true, status: "approved" };
  });
}

/**
 * Records that an approved refund was paid out, with the transfer's reference. The sandbox
 * cashier has no refund call (nor, in its protocol, does the tax bureau's): the office pays back
 * and records it here.
 */
export async function recordRefundPaidOut(db: Db, actor: StaffActor, paymentId: string, raw: Record<string, unknown>, at: Date): Promise<RefundStepResult> {
  if (!isUuid(paymentId)) return { ok: false, reason: "not-found" };
  const parsed = payoutReferenceSchema.safeParse({ reference: typeof raw.reference === "string" ? raw.reference : "" });
  return db.transaction(async (tx): Promise<RefundStepResult> => {
    const found = await refundFor(tx, actor, paymentId, PAYERS, "office.refund-paid-out", at);
    if (found.refusal) return found.refusal;
    const { row, refuse } = found;
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ field: "reference", key: i.message })) };
    const [paid] = await tx
      .update(officePayout)
      .set({ status: "paid-out", paidOutByStaffId: actor.staffId, paidOutAt: at, payoutReference: parsed.data.reference })
      .where(and(eq(officePayout.paymentId, paymentId), eq(officePayout.status, "approved")))
      .returning({ id: officePayout.id });
    if (!paid) return refuse({ ok: false, reason: row.payout?.status === "paid-out" ? "already-decided" : "not-approved" } as const);
    await audit(tx, at, actor, "office.refund-paid-out", row, { payoutReference: parsed.data.reference });
    return { ok: true, status: "paid-out" };
  });
}
