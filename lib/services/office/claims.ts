import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { appendAudit } from "@/lib/db/audit";
import { isUuid } from "@/lib/db/driver";
import { accountLedger, employeeAccount, familyBinding, officePayout, payment, registryHousehold, registryPerson, reimbursementClaim, type OfficePayout } from "@/lib/db/schema";
import type { Db, DbOrTx, Tx } from "@/lib/db/types";
import { rejectSchema, type QueueFilters } from "@/lib/forms/office-queues";
import { maskIdNumber } from "@/lib/identity/id-number";
import { debitAccount } from "../family/account-debit";
import { approvalRefusal, approvePrepared, insertPrepared, payoutOf, type ApproveRefusal } from "./payouts";
import { ageInDays, all, holdsAny, householdConditions, inScope, olderThan, QUEUE_READERS, refused, transactionUndoable, Undo, type StaffRefusal } from "./staff-scope";

export const CLAIM_QUEUE_STATUSES = ["submitted", "prepared", "paid", "rejected"] as const;
type Status = (typeof CLAIM_QUEUE_STATUSES)[number];

/** A clerk or a reviewer prepares; only a reviewer (not the one who prepared) approves, and only a reviewer rejects. */
const PREPARERS = ["clerk", "reviewer"] as const;
const REVIEWERS = ["reviewer"] as const;

export type ClaimItem = {
  id: string;
  payerName: string;
  payerIdMasked: string;
  beneficiaryName: string;
  region: string;
  district: string;
  noticeNumber: string;
  amountFen: number;
  paidOn: string;
  status: Status;
  submittedAt: Date;
  ageDays: number;
  preparedByStaffId: string | null;
};

const beneficiary = alias(registryPerson, "beneficiary");

function selectClaims(db: DbOrTx) {
  return db
    .select({
      claim: reimbursementClaim,
      payerName: registryPerson.name,
      payerIdNumber: registryPerson.idNumber,
      beneficiaryName: beneficiary.name,
      region: registryHousehold.region,
      district: registryHousehold.district,
      payout: officePayout,
    })
    .from(reimbursementClaim)
    .innerJoin(registryPerson, eq(registryPerson.id, reimbursementClaim.payerPersonId))
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .innerJoin(beneficiary, eq(beneficiary.id, reimbursementClaim.beneficiaryPersonId))
    .leftJoin(officePayout, eq(officePayout.claimId, reimbursementClaim.id));
}
type Row = Awaited<ReturnType<ReturnType<typeof selectClaims>["where"]>>[number];

const itemOf = (r: Row, today: string): ClaimItem => ({
  id: r.claim.id,
  payerName: r.payerName,
  payerIdMasked: maskIdNumber(r.payerIdNumber),
  beneficiaryName: r.beneficiaryName,
  region: r.region,
  district: r.district,
  noticeNumber: r.claim.noticeNumber,
  amountFen: r.claim.amountFen,
  paidOn: r.claim.paidOn,
  status: r.claim.status,
  submittedAt: r.claim.submittedAt,
  ageDays: ageInDays(r.claim.submittedAt, today),
  preparedByStaffId: r.payout?.status === "cancelled" ? null : (r.payout?.preparedByStaffId ?? null),
});

/** 代缴返还 claims, oldest first, in the staff member's region (the employee's household). */
export async function listClaims(db: DbOrTx, actor: StaffActor, filters: QueueFilters<Status>, today: string): Promise<{ ok: true; items: ClaimItem[] } | StaffRefusal> {
  if (!holdsAny(actor, QUEUE_READERS)) return { ok: false, reason: "role" };
  const rows = await selectClaims(db)
    .where(all(...householdConditions(actor, filters), filters.status ? eq(reimbursementClaim.status, filters.status) : inArray(reimbursementClaim.status, ["submitted", "prepared"]), olderThan(reimbursementClaim.submittedAt, filters.minAgeDays, today)))
    .orderBy(asc(reimbursementClaim.submittedAt))
    .limit(200);
  return { ok: true, items: rows.map((r) => itemOf(r, today)) };
}

export type ClaimDetail = ClaimItem & {
  relation: string;
  opensOn: string;
  decisionReason: string | null;
  decidedAt: Date | null;
  /** The employee's 历年账户 balance now (null: no active account). */
  balanceFen: number | null;
  payout: Pick<OfficePayout, "status" | "preparedByStaffId" | "preparedAt" | "approvedByStaffId" | "approvedAt" | "payoutReference"> | null;
};

export async function claimDetail(db: DbOrTx, actor: StaffActor, id: string, today: string): Promise<{ ok: true; detail: ClaimDetail } | StaffRefusal | { ok: false; reason: "not-found" }> {
  if (!holdsAny(actor, QUEUE_READERS)) return { ok: false, reason: "role" };
  if (!isUuid(id)) return { ok: false, reason: "not-found" };
  const [r] = await selectClaims(db).where(eq(reimbursementClaim.id, id));
  if (!r) return { ok: false, reason: "not-found" };
  if (!inScope(actor, r.region)) return { ok: false, reason: "region" };
  const [binding] = await db.select({ relation: familyBinding.relation }).from(familyBinding).where(eq(familyBinding.id, r.claim.bindingId));
  const [account] = await db.select().from(employeeAccount).where(eq(employeeAccount.personId, r.claim.payerPersonId));
  return {
    ok: true,
    detail: {
      ...itemOf(r, today),
      relation: binding?.relation ?? "",
      opensOn: r.claim.opensOn,
      decisionReason: r.claim.decisionReason,
      decidedAt: r.claim.decidedAt,
      balanceFen: account?.status === "active" ? account.historicalBalanceFen : null,
      payout: r.payout
        ? { status: r.payout.status, preparedByStaffId: r.payout.preparedByStaffId, preparedAt: r.payout.preparedAt, approvedByStaffId: r.payout.approvedByStaffId, approvedAt: r.payout.approvedAt, payoutReference: r.payout.payoutReference }
        : null,
    },
  };
}

export type ClaimStepResult =
  | { ok: true; status: Status }
  | StaffRefusal
  | ApproveRefusal
  | { ok: false; reason: "not-found" | "already-prepared" | "no-account" }
  | { ok: false; reason: "insufficient"; balanceFen: number; amountFen: number }
  | { ok: false; errors: { field: string; key: string }[] };

type Attempt = "office.claim-prepared" | "office.claim-paid" | "office.claim-rejected";

/** The claim with its region, locked, after the role and region checks (refusals audited on the employee). */
async function claimFor(tx: Tx, actor: StaffActor, id: string, roles: readonly ("clerk" | "reviewer")[], attempted: Attempt, at: Date) {
  const [r] = await selectClaims(tx).where(eq(reimbursementClaim.id, id)).for("update", { of: reimbursementClaim });
  if (!r) return { refusal: { ok: false, reason: "not-found" } as const };
  const refuse = <R extends { ok: false; reason: string }>(result: R) => refused(tx, at, actor, attempted, r.claim.payerPersonId, result, { claimId: id });
  if (!holdsAny(actor, roles)) return { refusal: await refuse({ ok: false, reason: "role" } as const) };
  if (!inScope(actor, r.region)) return { refusal: await refuse({ ok: false, reason: "region" } as const) };
  return { row: r, refuse };
}

/** Prepares a submitted claim for approval: one payout per claim, whoever prepares it first. */
export async function prepareClaim(db: Db, actor: StaffActor, id: string, at: Date): Promise<ClaimStepResult> {
  if (!isUuid(id)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx): Promise<ClaimStepResult> => {
    const found = await claimFor(tx, actor, id, PREPARERS, "office.claim-prepared", at);
    if (found.refusal) return found.refusal;
    const { row, refuse } = found;
    if (row.claim.status !== "submitted") return refuse({ ok: false, reason: row.claim.status === "prepared" ? "already-prepared" : "already-decided" } as const);
    const payoutId = await insertPrepared(tx, actor, { kind: "claim", claimId: id }, row.claim.payerPersonId, row.claim.amountFen, at);
    if (!payoutId) return refuse({ ok: false, reason: "already-prepared" } as const);
    await tx.update(reimbursementClaim).set({ status: "prepared" }).where(and(eq(reimbursementClaim.id, id), eq(reimbursementClaim.status, "submitted")));
    await appendAudit(tx, at, { action: "office.claim-prepared", outcome: "success", staffId: actor.staffId, personId: row.claim.payerPersonId, detail: { claimId: id, reference: row.claim.noticeNumber, amountFen: row.claim.amountFen } });
    return { ok: true, status: "prepared" };
  });
}

/**
 * Approves a prepared claim (a reviewer who did not prepare it) and pays it out in the same
 * transaction: the employee's account is debited by one conditional update (never below zero,
 * never in part), the ledger row written, the payout and the claim marked paid. A balance too small
 * changes nothing and is said so.
 */
export async function approveClaim(db: Db, actor: StaffActor, id: string, at: Date): Promise<ClaimStepResult> {
  if (!isUuid(id)) return { ok: false, reason: "not-found" };
  const result = await transactionUndoable(db, async (tx): Promise<ClaimStepResult> => {
    const found = await claimFor(tx, actor, id, REVIEWERS, "office.claim-paid", at);
    if (found.refusal) return found.refusal;
    const { row, refuse } = found;
    const payout = await payoutOf(tx, { kind: "claim", claimId: id });
    const refusal = approvalRefusal(payout, actor);
    if (refusal) return refuse(row.claim.status === "paid" || row.claim.status === "rejected" ? ({ ok: false, reason: "already-decided" } as const) : refusal);
    const ledgerId = randomUUID();
    if (!(await approvePrepared(tx, payout!.id, actor, at, { reference: ledgerId, ledgerId }))) return refuse({ ok: false, reason: "already-decided" } as const);
    const debit = await debitAccount(tx, row.claim.payerPersonId, row.claim.amountFen, at);
    if (!debit.ok) throw new Undo<ClaimStepResult>(debit.reason === "insufficient" ? { ...debit, amountFen: row.claim.amountFen } : debit);
    const [paid] = await tx.select({ noticeId: payment.noticeId }).from(payment).where(eq(payment.id, row.claim.paymentId));
    await tx.insert(accountLedger).values({
      id: ledgerId,
      personId: row.claim.payerPersonId,
      kind: "claim-payout",
      amountFen: -row.claim.amountFen,
      balanceAfterFen: debit.balanceAfterFen,
      bindingId: row.claim.bindingId,
      noticeId: paid?.noticeId ?? null,
      beneficiaryPersonId: row.claim.beneficiaryPersonId,
      at,
    });
    await tx
      .update(reimbursementClaim)
      .set({ status: "paid", decidedAt: at, decidedByStaffId: actor.staffId })
      .where(and(eq(reimbursementClaim.id, id), eq(reimbursementClaim.status, "prepared")));
    await appendAudit(tx, at, {
      action: "office.claim-paid",
      outcome: "success",
      staffId: actor.staffId,
      personId: row.claim.payerPersonId,
      detail: { claimId: id, reference: row.claim.noticeNumber, amountFen: row.claim.amountFen, ledgerId, balanceAfterFen: debit.balanceAfterFen, preparedBy: payout!.preparedByStaffId },
    });
    return { ok: true, status: "paid" };
  });
  if (!result.ok && "reason" in result && (result.reason === "insufficient" || result.reason === "no-account")) {
    // The approval was undone with the debit; the refusal itself stays on the record.
    const [claim] = await db.select({ personId: reimbursementClaim.payerPersonId }).from(reimbursementClaim).where(eq(reimbursementClaim.id, id));
    await refused(db, at, actor, "office.claim-paid", claim?.personId ?? null, result, { claimId: id });
  }
  return result;
}

/** Rejects a submitted or prepared claim with a reason the employee reads; a prepared payout is cancelled. */
export async function rejectClaim(db: Db, actor: StaffActor, id: string, raw: Record<string, unknown>, at: Date): Promise<ClaimStepResult> {
  if (!isUuid(id)) return { ok: false, reason: "not-found" };
  const parsed = rejectSchema.safeParse({ reason: typeof raw.reason === "string" ? raw.reason : "" });
  return db.transaction(async (tx): Promise<ClaimStepResult> => {
    const found = await claimFor(tx, actor, id, REVIEWERS, "office.claim-rejected", at);
    if (found.refusal) return found.refusal;
    const { row, refuse } = found;
    if (row.claim.status !== "submitted" && row.claim.status !== "prepared") return refuse({ ok: false, reason: "already-decided" } as const);
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ field: "reason", key: i.message })) };
    const [rejected] = await tx
      .update(reimbursementClaim)
      .set({ status: "rejected", decidedAt: at, decidedByStaffId: actor.staffId, decisionReason: parsed.data.reason })
      .where(and(eq(reimbursementClaim.id, id), inArray(reimbursementClaim.status, ["submitted", "prepared"])))
      .returning({ id: reimbursementClaim.id });
    if (!rejected) return refuse({ ok: false, reason: "already-decided" } as const);
    await tx.update(officePayout).set({ status: "cancelled" }).where(and(eq(officePayout.claimId, id), eq(officePayout.status, "prepared")));
    await appendAudit(tx, at, { action: "office.claim-rejected", outcome: "success", staffId: actor.staffId, personId: row.claim.payerPersonId, detail: { claimId: id, reference: row.claim.noticeNumber } });
    return { ok: true, status: "rejected" };
  });
}
