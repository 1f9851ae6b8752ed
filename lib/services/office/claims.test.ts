import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import type { OpenDatabase } from "@/lib/db/open";
import { accountLedger, auditEvent, employeeAccount, officePayout, payment, paymentNotice, reimbursementClaim } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { queueFilters } from "@/lib/forms/office-queues";
import { actorFor } from "../enrollment/testing";
import { loadMyConsents } from "../enrollment/my-enrollments";
import { decideBinding, requestBinding } from "../family/bindings";
import { submitClaim } from "../family/claims";
import { myFamily } from "../family/my-family";
import { issueNotice } from "../payment/notices";
import { recordPayment } from "../payment/record-payment";
import type { Actor } from "../people/right-to-act";
import { approveClaim, claimDetail, CLAIM_QUEUE_STATUSES, listClaims, prepareClaim, rejectClaim } from "./claims";
import { staffFor } from "./testing";

const TODAY = "2025-11-25";
const AT = new Date("2025-11-20T02:00:00Z");
const DECIDED = new Date("2025-11-26T02:00:00Z");
const noSms = { send: async () => undefined };

let opened: OpenDatabase;
let db: Db;
let chunmei: Actor; // 杨春梅 (银川): employee, 代缴返还 binding for her husband 马志刚
let firstClaimId: string;
let clerk: StaffActor;
let reviewer: StaffActor;
let secondReviewer: StaffActor;
let clerkReviewer: StaffActor;
let ningboReviewer: StaffActor;

/** Another paid contribution of 马志刚 (a later year's copy of the first), claimed by 杨春梅: a claim of its own. */
async function anotherClaim(amountFen = 10_000): Promise<string> {
  const [first] = await db.select().from(reimbursementClaim).where(eq(reimbursementClaim.id, firstClaimId));
  const [notice] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, first!.noticeNumber));
  const suffix = randomUUID().slice(0, 8).toUpperCase();
  const noticeId = randomUUID();
  const year = 2030 + Number.parseInt(suffix.slice(0, 4), 16);
  await db.insert(paymentNotice).values({ ...notice!, id: noticeId, number: `TC${suffix}`, coverageYear: year, amountFen, status: "open", paymentId: null, paidAt: null });
  const paymentId = randomUUID();
  await db.insert(payment).values({ id: paymentId, noticeId, provider: "sandbox-cashier", providerReference: `SBX${suffix}`, amountFen, paidAt: AT, paidOn: "2025-11-20", receivedAt: AT, via: "callback", outcome: "applied" });
  await db.update(paymentNotice).set({ status: "paid", paymentId, paidAt: AT }).where(eq(paymentNotice.id, noticeId));
  const id = randomUUID();
  await db.insert(reimbursementClaim).values({ ...first!, id, paymentId, noticeNumber: `TC${suffix}`, amountFen, status: "submitted", decidedAt: null, decidedByStaffId: null, decisionReason: null });
  return id;
}

const claimRow = async (id: string) => (await db.select().from(reimbursementClaim).where(eq(reimbursementClaim.id, id)))[0]!;
const balance = async () => (await db.select().from(employeeAccount).where(eq(employeeAccount.personId, "nx-01-2")))[0]!.historicalBalanceFen;

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  chunmei = await actorFor(db, "nx-01-2", "13909512102", AT);
  const zhigang = await actorFor(db, "nx-01-1", "13909512101", AT);
  const zhangwei = await actorFor(db, "nx-03-1", "13909512301", AT);
  // 马志刚's contribution, as lib/services/family/claims.test.ts sets it up.
  const own = await issueNotice(db, zhigang, { kind: "renewal", personId: "nx-01-1" }, AT, "2025-11-20");
  let noticeNumber: string;
  if (own.ok) noticeNumber = own.number;
  else {
    const other = await issueNotice(db, zhangwei, { kind: "renewal", personId: "nx-03-1" }, AT, "2025-11-20");
    if (!other.ok) throw new Error(other.reason);
    const [template] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, other.number));
    noticeNumber = "T2026ZHIGANG";
    await db.insert(paymentNotice).values({ ...template!, id: randomUUID(), number: noticeNumber, personId: "nx-01-1" });
  }
  const [notice] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, noticeNumber));
  const paid = await recordPayment(db, { provider: "sandbox-cashier", providerReference: "SBXOFFICE1", noticeNumber, amountFen: notice!.amountFen, paidAt: new Date("2025-11-20T03:00:00Z"), via: "callback" }, AT);
  if (!paid.ok || paid.outcome !== "applied") throw new Error("not paid");
  const bound = await requestBinding(db, noSms, chunmei, "nx-01-1", AT, "2025-11-20");
  if (!bound.ok) throw new Error(bound.reason);
  await decideBinding(db, zhigang, { bindingId: bound.bindingId, decision: "approve" }, AT);
  const claimed = await submitClaim(db, chunmei, { bindingId: bound.bindingId, noticeNumber }, AT, TODAY);
  if (!claimed.ok) throw new Error(claimed.reason);
  firstClaimId = claimed.claimId;
  clerk = await staffFor(db, ["clerk"], "ningxia");
  reviewer = await staffFor(db, ["reviewer"], "ningxia");
  secondReviewer = await staffFor(db, ["reviewer"]);
  clerkReviewer = await staffFor(db, ["clerk", "reviewer"], "ningxia");
  ningboReviewer = await staffFor(db, ["reviewer"], "ningbo");
}, 120_000);
afterAll(async () => opened?.close());

describe("the 代缴返还 claims queue", () => {
  it("lists submitted claims of the staff member's region with the filters", async () => {
    const listed = await listClaims(db, reviewer, queueFilters(CLAIM_QUEUE_STATUSES, {}), TODAY);
    expect(listed).toMatchObject({ ok: true, items: [{ id: firstClaimId, payerName: "杨春梅", beneficiaryName: "马志刚", region: "ningxia", status: "submitted", preparedByStaffId: null }] });
    expect(await listClaims(db, ningboReviewer, queueFilters(CLAIM_QUEUE_STATUSES, {}), TODAY)).toEqual({ ok: true, items: [] });
    expect(await listClaims(db, reviewer, queueFilters(CLAIM_QUEUE_STATUSES, { status: "paid" }), TODAY)).toEqual({ ok: true, items: [] });
    expect(await listClaims(db, await staffFor(db, ["admin"]), queueFilters(CLAIM_QUEUE_STATUSES, {}), TODAY)).toEqual({ ok: false, reason: "role" });
    expect(await claimDetail(db, ningboReviewer, firstClaimId, TODAY)).toEqual({ ok: false, reason: "region" });
    expect(await claimDetail(db, clerk, firstClaimId, TODAY)).toMatchObject({ ok: true, detail: { relation: "spouse", balanceFen: expect.any(Number), payout: null } });
  });

  it.each([
    ["a clerk approves", () => clerk, approveClaim, "role"],
    ["a clerk rejects", () => clerk, (d: Db, a: StaffActor, id: string, at: Date) => rejectClaim(d, a, id, { reason: "材料不全" }, at), "role"],
    ["a Ningbo reviewer prepares a Ningxia claim", () => ningboReviewer, prepareClaim, "region"],
    ["a Ningbo reviewer approves it", () => ningboReviewer, approveClaim, "region"],
  ] as const)("%s → refused (%s), nothing changes", async (_name, who, step, reason) => {
    const id = await anotherClaim();
    const before = await balance();
    expect(await step(db, who(), id, DECIDED)).toEqual({ ok: false, reason });
    expect(await claimRow(id)).toMatchObject({ status: "submitted", decidedAt: null });
    expect(await balance()).toBe(before);
  });

  it("four eyes: whoever prepared a claim cannot approve it; another reviewer can, and the payout and the ledger move land in one transaction", async () => {
    const before = await balance();
    const { amountFen } = await claimRow(firstClaimId);
    expect(await prepareClaim(db, clerkReviewer, firstClaimId, AT)).toEqual({ ok: true, status: "prepared" });
    expect(await prepareClaim(db, reviewer, firstClaimId, AT)).toEqual({ ok: false, reason: "already-prepared" });
    expect(await approveClaim(db, clerkReviewer, firstClaimId, DECIDED)).toEqual({ ok: false, reason: "preparer-cannot-approve" });
    expect(await balance()).toBe(before);
    expect((await myFamily(db, "nx-01-2", TODAY)).claims.find((c) => c.id === firstClaimId)).toMatchObject({ status: "prepared" });

    expect(await approveClaim(db, reviewer, firstClaimId, DECIDED)).toEqual({ ok: true, status: "paid" });
    expect(await balance()).toBe(before - amountFen);
    const [payout] = await db.select().from(officePayout).where(eq(officePayout.claimId, firstClaimId));
    expect(payout).toMatchObject({ kind: "claim", status: "paid-out", preparedByStaffId: clerkReviewer.staffId, approvedByStaffId: reviewer.staffId, amountFen });
    const ledger = await db.select().from(accountLedger).where(eq(accountLedger.personId, "nx-01-2"));
    expect(ledger.find((l) => l.kind === "claim-payout")).toMatchObject({ id: payout!.ledgerId, amountFen: -amountFen, balanceAfterFen: before - amountFen, beneficiaryPersonId: "nx-01-1" });
    expect(ledger.reduce((sum, l) => sum + l.amountFen, 0)).toBe(await balance());

    // The employee sees it: the claim paid back, when, and the movement on the account.
    const family = await myFamily(db, "nx-01-2", TODAY);
    expect(family.claims.find((c) => c.id === firstClaimId)).toMatchObject({ status: "paid", decidedAt: DECIDED, decisionReason: null });
    expect(family.history).toContainEqual(expect.objectContaining({ kind: "claim-payout", amountFen: -amountFen, beneficiaryName: "马志刚" }));
    expect((await loadMyConsents(db, chunmei, TODAY)).acts).toContainEqual(expect.objectContaining({ action: "office.claim-paid", byOffice: true }));
    expect(await db.select().from(auditEvent).where(eq(auditEvent.action, "office.claim-paid"))).toMatchObject([{ staffId: reviewer.staffId, personId: "nx-01-2", detail: { claimId: firstClaimId } }]);
  });

  it("a double-submitted approval lands once; the second is told it is already decided", async () => {
    const id = await anotherClaim();
    await prepareClaim(db, clerk, id, AT);
    const before = await balance();
    expect(await approveClaim(db, reviewer, id, DECIDED)).toEqual({ ok: true, status: "paid" });
    expect(await approveClaim(db, reviewer, id, DECIDED)).toEqual({ ok: false, reason: "already-decided" });
    expect(await rejectClaim(db, secondReviewer, id, { reason: "重复申请" }, DECIDED)).toEqual({ ok: false, reason: "already-decided" });
    expect(await balance()).toBe(before - 10_000);
  });

  it("two reviewers approving at once: exactly one approval lands, one payout, one debit", async () => {
    const id = await anotherClaim();
    await prepareClaim(db, clerk, id, AT);
    const before = await balance();
    const results = await Promise.all([approveClaim(db, reviewer, id, DECIDED), approveClaim(db, secondReviewer, id, DECIDED)]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, status: "paid" }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "already-decided" }]);
    expect(await balance()).toBe(before - 10_000);
    expect(await db.select().from(accountLedger).where(eq(accountLedger.noticeId, (await db.select().from(payment).where(eq(payment.id, (await claimRow(id)).paymentId)))[0]!.noticeId))).toHaveLength(1);
  });

  it("a balance too small for the claim: refused with the balance, nothing debited, the claim still prepared", async () => {
    const id = await anotherClaim((await balance()) + 1);
    await prepareClaim(db, clerk, id, AT);
    const before = await balance();
    expect(await approveClaim(db, reviewer, id, DECIDED)).toEqual({ ok: false, reason: "insufficient", balanceFen: before, amountFen: before + 1 });
    expect(await balance()).toBe(before);
    expect(await claimRow(id)).toMatchObject({ status: "prepared" });
    expect((await db.select().from(officePayout).where(eq(officePayout.claimId, id)))[0]).toMatchObject({ status: "prepared", approvedByStaffId: null });
  });

  it("rejecting needs a reason; the employee reads it, and a prepared payout is cancelled", async () => {
    const id = await anotherClaim();
    await prepareClaim(db, clerk, id, AT);
    expect(await rejectClaim(db, reviewer, id, { reason: "" }, DECIDED)).toEqual({ ok: false, errors: [{ field: "reason", key: "reasonRequired" }] });
    expect(await claimRow(id)).toMatchObject({ status: "prepared" });
    expect(await rejectClaim(db, reviewer, id, { reason: "该笔缴费已通过其他渠道返还" }, DECIDED)).toEqual({ ok: true, status: "rejected" });
    expect((await myFamily(db, "nx-01-2", TODAY)).claims.find((c) => c.id === id)).toMatchObject({ status: "rejected", decisionReason: "该笔缴费已通过其他渠道返还", decidedAt: DECIDED });
    expect((await db.select().from(officePayout).where(eq(officePayout.claimId, id)))[0]).toMatchObject({ status: "cancelled" });
    expect(await approveClaim(db, secondReviewer, id, DECIDED)).toEqual({ ok: false, reason: "already-decided" });
  });

  it("the database itself refuses an approval by the one who prepared it", async () => {
    const id = await anotherClaim();
    await prepareClaim(db, clerkReviewer, id, AT);
    await expect(
      db.execute(sql`update office_payout set status = 'approved', approved_by_staff_id = prepared_by_staff_id, approved_at = now() where claim_id = ${id}`),
    ).rejects.toThrow();
  });
});
