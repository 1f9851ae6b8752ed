import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, officePayout, payment, paymentNotice } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { queueFilters } from "@/lib/forms/office-queues";
import { loadMyConsents } from "../enrollment/my-enrollments";
import { actorFor, registerSelf } from "../enrollment/testing";
import { issueNotice } from "../payment/notices";
import { loadNotice } from "../payment/payables";
import { loadReceipt } from "../payment/receipt";
import { recordPayment } from "../payment/record-payment";
import type { Actor } from "../people/right-to-act";
import { approveRefund, listRefunds, prepareRefund, recordRefundPaidOut, refundDetail, REFUND_QUEUE_STATUSES } from "./refunds";
import { staffFor } from "./testing";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const PAID = new Date("2025-11-20T03:00:00Z");
const LATER = new Date("2025-11-21T02:00:00Z");

let opened: OpenDatabase;
let db: Db;
let xiaoyan: Actor; // 郑晓燕: pays her notice, then pays it again (each second payment is kept to refund)
let noticeNumber: string;
let clerk: StaffActor;
let secondClerk: StaffActor;
let reviewer: StaffActor;
let secondReviewer: StaffActor;
let clerkReviewer: StaffActor;
let ningxiaClerk: StaffActor;
let payments = 0;

/** One more payment of the paid notice: a duplicate, kept as refund-due; its payment id. */
async function duplicate(): Promise<string> {
  payments += 1;
  const [notice] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, noticeNumber));
  const recorded = await recordPayment(db, { provider: "sandbox-cashier", providerReference: `SBXREFUND${payments}`, noticeNumber, amountFen: notice!.amountFen, paidAt: PAID, via: "callback" }, AT);
  if (!recorded.ok || recorded.outcome !== "refund-due") throw new Error("not a duplicate");
  return recorded.paymentId;
}

const states = async () => (await loadNotice(db, xiaoyan, noticeNumber, TODAY))!.refunds.map((r) => [r.providerReference, r.state]);

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  xiaoyan = await actorFor(db, "nb-03-2", "13905740302", AT);
  const { enrollmentId } = await registerSelf(db, xiaoyan, AT, TODAY);
  const issued = await issueNotice(db, xiaoyan, { kind: "enrollment", enrollmentId }, AT, TODAY);
  if (!issued.ok) throw new Error(issued.reason);
  noticeNumber = issued.number;
  const [notice] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, noticeNumber));
  const first = await recordPayment(db, { provider: "sandbox-cashier", providerReference: "SBXFIRST", noticeNumber, amountFen: notice!.amountFen, paidAt: PAID, via: "callback" }, AT);
  if (!first.ok || first.outcome !== "applied") throw new Error("not paid");
  clerk = await staffFor(db, ["clerk"], "ningbo");
  secondClerk = await staffFor(db, ["clerk"]);
  reviewer = await staffFor(db, ["reviewer"], "ningbo");
  secondReviewer = await staffFor(db, ["reviewer"]);
  clerkReviewer = await staffFor(db, ["clerk", "reviewer"]);
  ningxiaClerk = await staffFor(db, ["clerk"], "ningxia");
}, 120_000);
afterAll(async () => opened?.close());

describe("the refund-due queue", () => {
  it("prepare → approve (a second person) → paid out, each state on the resident's notice and receipt", async () => {
    const paymentId = await duplicate();
    const reference = `SBXREFUND${payments}`;
    const listed = await listRefunds(db, clerk, queueFilters(REFUND_QUEUE_STATUSES, { status: "due" }), TODAY);
    expect(listed).toMatchObject({ ok: true, items: [{ paymentId, personName: "郑晓燕", refundReason: "duplicate", status: "due", district: "鄞州区" }] });
    expect(await states()).toEqual([[reference, "due"]]);

    expect(await prepareRefund(db, clerk, paymentId, AT)).toEqual({ ok: true, status: "prepared" });
    expect(await states()).toEqual([[reference, "prepared"]]);
    expect(await approveRefund(db, reviewer, paymentId, LATER)).toEqual({ ok: true, status: "approved" });
    expect(await states()).toEqual([[reference, "approved"]]);
    expect(await recordRefundPaidOut(db, clerk, paymentId, { reference: "" }, LATER)).toEqual({ ok: false, errors: [{ field: "reference", key: "referenceRequired" }] });
    expect(await recordRefundPaidOut(db, clerk, paymentId, { reference: "BANK-20251121-0001" }, LATER)).toEqual({ ok: true, status: "paid-out" });

    const notice = await loadNotice(db, xiaoyan, noticeNumber, TODAY);
    expect(notice!.refunds).toEqual([{ amountFen: expect.any(Number), paidOn: "2025-11-20", reason: "duplicate", providerReference: reference, state: "paid-out", paidOutOn: "2025-11-21", payoutReference: "BANK-20251121-0001" }]);
    expect((await loadReceipt(db, xiaoyan, noticeNumber, TODAY))!.refunds).toEqual(notice!.refunds);
    const toDo = await listRefunds(db, clerk, queueFilters(REFUND_QUEUE_STATUSES, {}), TODAY);
    expect(toDo.ok && toDo.items.some((i) => i.paymentId === paymentId)).toBe(false);
    expect(await listRefunds(db, clerk, queueFilters(REFUND_QUEUE_STATUSES, { status: "paid-out" }), TODAY)).toMatchObject({ ok: true, items: [{ paymentId, status: "paid-out" }] });
    expect(await refundDetail(db, reviewer, paymentId, TODAY)).toMatchObject({ ok: true, item: { status: "paid-out", payout: { preparedByStaffId: clerk.staffId, approvedByStaffId: reviewer.staffId } } });

    const events = (await db.select().from(auditEvent)).filter((e) => e.detail.paymentId === paymentId && e.outcome === "success");
    expect(events.map((e) => [e.action, e.staffId, e.personId])).toEqual([
      ["office.refund-prepared", clerk.staffId, "nb-03-2"],
      ["office.refund-approved", reviewer.staffId, "nb-03-2"],
      ["office.refund-paid-out", clerk.staffId, "nb-03-2"],
    ]);
    expect((await loadMyConsents(db, xiaoyan, TODAY)).acts.filter((a) => a.byOffice).map((a) => a.action)).toEqual(["office.refund-paid-out", "office.refund-approved", "office.refund-prepared"]);
  });

  it.each([
    ["a reviewer prepares", () => reviewer, prepareRefund, "role"],
    ["a clerk of Ningxia prepares, for a Ningbo resident", () => ningxiaClerk, prepareRefund, "region"],
  ] as const)("%s → refused (%s)", async (_name, who, step, reason) => {
    const paymentId = await duplicate();
    expect(await step(db, who(), paymentId, AT)).toEqual({ ok: false, reason });
    expect(await db.select().from(officePayout).where(eq(officePayout.paymentId, paymentId))).toEqual([]);
  });

  it.each([
    ["a clerk approves", () => secondClerk, "role"],
    ["the one who prepared it approves", () => clerkReviewer, "preparer-cannot-approve"],
  ] as const)("%s → refused (%s), still prepared", async (_name, who, reason) => {
    const paymentId = await duplicate();
    expect(await prepareRefund(db, clerkReviewer, paymentId, AT)).toEqual({ ok: true, status: "prepared" });
    expect(await approveRefund(db, who(), paymentId, AT)).toEqual({ ok: false, reason });
    expect((await db.select().from(officePayout).where(eq(officePayout.paymentId, paymentId)))[0]).toMatchObject({ status: "prepared", approvedByStaffId: null });
  });

  it("prepared twice (or by two clerks at once): one payout", async () => {
    const paymentId = await duplicate();
    const results = await Promise.all([prepareRefund(db, clerk, paymentId, AT), prepareRefund(db, secondClerk, paymentId, AT)]);
    expect(results).toContainEqual({ ok: true, status: "prepared" });
    expect(results).toContainEqual({ ok: false, reason: "already-prepared" });
    expect(await db.select().from(officePayout).where(eq(officePayout.paymentId, paymentId))).toHaveLength(1);
  });

  it("a double-submitted approval, and two reviewers approving at once: exactly one approval lands", async () => {
    const twice = await duplicate();
    await prepareRefund(db, clerk, twice, AT);
    expect(await approveRefund(db, reviewer, twice, AT)).toEqual({ ok: true, status: "approved" });
    expect(await approveRefund(db, reviewer, twice, AT)).toEqual({ ok: false, reason: "already-decided" });

    const racing = await duplicate();
    await prepareRefund(db, clerk, racing, AT);
    const results = await Promise.all([approveRefund(db, reviewer, racing, AT), approveRefund(db, secondReviewer, racing, AT)]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, status: "approved" }]);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: "already-decided" }]);
    expect(await db.select().from(auditEvent).where(eq(auditEvent.action, "office.refund-approved"))).toSatisfy((events: { detail: Record<string, unknown> }[]) => events.filter((e) => e.detail.paymentId === racing).length === 1);
  });

  it("paid out only once approved, and only once", async () => {
    const paymentId = await duplicate();
    expect(await recordRefundPaidOut(db, clerk, paymentId, { reference: "BANK1" }, AT)).toEqual({ ok: false, reason: "not-approved" });
    await prepareRefund(db, clerk, paymentId, AT);
    expect(await recordRefundPaidOut(db, clerk, paymentId, { reference: "BANK1" }, AT)).toEqual({ ok: false, reason: "not-approved" });
    await approveRefund(db, reviewer, paymentId, AT);
    expect(await recordRefundPaidOut(db, clerk, paymentId, { reference: "BANK1" }, AT)).toEqual({ ok: true, status: "paid-out" });
    expect(await recordRefundPaidOut(db, reviewer, paymentId, { reference: "BANK2" }, AT)).toEqual({ ok: false, reason: "already-decided" });
    expect((await db.select().from(officePayout).where(eq(officePayout.paymentId, paymentId)))[0]).toMatchObject({ payoutReference: "BANK1" });
  });

  it("an applied payment is not in the queue, and the database refuses an approval by the preparer", async () => {
    const [applied] = await db.select().from(payment).where(eq(payment.providerReference, "SBXFIRST"));
    expect(await prepareRefund(db, clerk, applied!.id, AT)).toEqual({ ok: false, reason: "not-found" });
    const paymentId = await duplicate();
    await prepareRefund(db, clerkReviewer, paymentId, AT);
    await expect(db.execute(sql`update office_payout set status = 'approved', approved_by_staff_id = prepared_by_staff_id, approved_at = now() where payment_id = ${paymentId}`)).rejects.toThrow();
  });
});
