import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, enrollment, payment, paymentNotice } from "@/lib/db/schema";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { composeNoticeNumber, isValidNoticeNumber } from "@/lib/numbers/notice-number";
import { cashierKey, sign } from "@/lib/cashier/signature";
import type { Actor } from "../people/right-to-act";
import { cancelRegistration, saveRegistrationStep, startRegistration, submitRegistration } from "../enrollment/registration";
import { loadMyEnrollments } from "../enrollment/my-enrollments";
import { actorFor } from "../enrollment/testing";
import { answerCallback } from "./callback";
import { issueNotice, stateOn } from "./notices";
import { signedCallback } from "./testing";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");

let opened: OpenDatabase;
let db: Db;
let xiaoyan: Actor; // 郑晓燕: registers
let zhiqiang: Actor; // 林志强: renews without registering
let guoHua: Actor; // 赵国华: renews; an expired notice
let xiaodong: Actor; // 黄晓东: registers, then cancels

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  xiaoyan = await actorFor(db, "nb-03-2", "13905740302", AT);
  zhiqiang = await actorFor(db, "nb-01-1", "13905740101", AT);
  guoHua = await actorFor(db, "nb-05-1", "13905740501", AT);
  xiaodong = await actorFor(db, "nb-10-1", "13905741001", AT);
}, 120_000);
afterAll(async () => opened?.close());

async function register(actor: Actor): Promise<string> {
  await startRegistration(db, actor, actor.personId, AT, TODAY);
  await saveRegistrationStep(db, actor, "facts", {}, AT, TODAY);
  await saveRegistrationStep(db, actor, "details", { contactPhone: "13905749999" }, AT, TODAY);
  const result = await submitRegistration(db, actor, actor.personId, AT, TODAY);
  if (!result.ok) throw new Error(result.reason);
  return result.enrollmentId;
}

const noticeRow = async (number: string) => (await db.select().from(paymentNotice).where(eq(paymentNotice.number, number)))[0]!;
const paymentsOf = async (noticeId: string) => db.select().from(payment).where(eq(payment.noticeId, noticeId));
const audits = async (action: string, reference: string) =>
  (await db.select().from(auditEvent).where(eq(auditEvent.action, action))).filter((e) => e.detail.reference === reference);

describe("payment notices", () => {
  it("one per enrollment: the amount from the rules on the day of issue, due at the end of the payment period", async () => {
    const enrollmentId = await register(xiaoyan);
    const issued = await issueNotice(db, xiaoyan, { kind: "enrollment", enrollmentId }, AT, TODAY);
    if (!issued.ok) throw new Error(issued.reason);
    expect(isValidNoticeNumber(issued.number)).toBe(true);
    expect(await noticeRow(issued.number)).toMatchObject({ kind: "enrollment", amountFen: 78_000, dueDate: "2025-12-26", status: "open", provisional: true });
    expect(await issueNotice(db, xiaoyan, { kind: "enrollment", enrollmentId }, AT, TODAY)).toEqual({ ok: true, number: issued.number, existing: true });
    expect(await audits("payment.notice-issued", issued.number)).toHaveLength(1);
  });

  it("one for a resident who renews without registering; refused for someone the actor may not act for", async () => {
    const issued = await issueNotice(db, zhiqiang, { kind: "renewal", personId: "nb-01-1" }, AT, TODAY);
    expect(issued).toMatchObject({ ok: true, existing: false });
    expect(await issueNotice(db, xiaoyan, { kind: "renewal", personId: "nb-01-1" }, AT, TODAY)).toEqual({ ok: false, reason: "consent-required" });
    expect(await issueNotice(db, xiaoyan, { kind: "renewal", personId: "nb-03-2" }, AT, TODAY)).toEqual({ ok: false, reason: "not-payable" });
  });
});

describe("the payment callback", () => {
  let number: string;
  beforeAll(async () => {
    const issued = await issueNotice(db, zhiqiang, { kind: "renewal", personId: "nb-01-1" }, AT, TODAY);
    if (!issued.ok) throw new Error(issued.reason);
    number = issued.number;
  });

  it("a wrong signature gets 401 and records nothing", async () => {
    const { body, signature } = await signedCallback(db, { noticeNumber: number, amountFen: 78_000 });
    const forged = signature.replace(/^./, (c) => (c === "0" ? "1" : "0"));
    expect(await answerCallback(db, body, forged, AT)).toEqual({ status: 401, body: { error: { code: "bad-signature" } } });
    expect(await answerCallback(db, body, null, AT)).toMatchObject({ status: 401 });
    expect(await answerCallback(db, body.replace("78000", "1"), signature, AT)).toMatchObject({ status: 401 });
    expect(await paymentsOf((await noticeRow(number)).id)).toEqual([]);
  });

  it("an amount that is not the notice's is refused (422) and audited", async () => {
    const { body, signature } = await signedCallback(db, { noticeNumber: number, amountFen: 77_000 });
    expect(await answerCallback(db, body, signature, AT)).toEqual({ status: 422, body: { error: { code: "amount-mismatch" } } });
    expect(await paymentsOf((await noticeRow(number)).id)).toEqual([]);
    expect((await audits("payment.rejected", number)).map((e) => e.detail.reason)).toContain("amount-mismatch");
  });

  it("bad input is a 400, never a 500", async () => {
    const key = await cashierKey(db);
    for (const raw of ["", "{", "[]", "null", JSON.stringify({ noticeNumber: number }), JSON.stringify({ ...JSON.parse((await signedCallback(db, { noticeNumber: number, amountFen: 78_000 })).body), amountFen: -1 })]) {
      expect((await answerCallback(db, raw, sign(key, raw), AT)).status).toBe(400);
    }
    expect((await answerCallback(db, "x".repeat(10_000), null, AT)).status).toBe(413);
  });

  it("20 identical callbacks at once: one payment, one change of state, the same answer for all", async () => {
    const callback = await signedCallback(db, { noticeNumber: number, amountFen: 78_000 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => answerCallback(db, callback.body, callback.signature, AT)));
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    expect(answers[0]).toMatchObject({ status: 200, body: { outcome: "applied", noticeNumber: number } });
    const notice = await noticeRow(number);
    expect(notice).toMatchObject({ status: "paid", coverageStart: "2026-01-01", coverageEnd: "2026-12-31", benefitDays: 365 });
    expect(await paymentsOf(notice.id)).toHaveLength(1);
    const recorded = await audits("payment.recorded", number);
    expect(recorded.filter((e) => e.detail.outcome === "applied" && !e.detail.replay)).toHaveLength(1);
    expect(recorded.filter((e) => e.detail.replay)).toHaveLength(19);
    // Later, again: still the same answer, still one payment.
    expect(await answerCallback(db, callback.body, callback.signature, AT)).toEqual(answers[0]);
    expect(await paymentsOf(notice.id)).toHaveLength(1);
  });

  it("a different second payment for a paid notice is kept as a duplicate to refund, never applied", async () => {
    const second = await signedCallback(db, { noticeNumber: number, amountFen: 78_000 });
    expect(await answerCallback(db, second.body, second.signature, AT)).toMatchObject({ status: 200, body: { outcome: "refund-due", refundReason: "duplicate" } });
    const notice = await noticeRow(number);
    expect((await paymentsOf(notice.id)).map((p) => p.outcome).sort()).toEqual(["applied", "refund-due"]);
    expect(notice.paymentId).not.toBe((await paymentsOf(notice.id)).find((p) => p.outcome === "refund-due")!.id);
  });

  it("the same reference with other details is a conflict (409), recorded nowhere", async () => {
    const [applied] = (await paymentsOf((await noticeRow(number)).id)).filter((p) => p.outcome === "applied");
    const reused = await signedCallback(db, { noticeNumber: number, amountFen: 78_000, reference: applied!.providerReference, paidAt: "2025-11-21T03:00:00.000Z" });
    expect(await answerCallback(db, reused.body, reused.signature, AT)).toMatchObject({ status: 409 });
  });

  it("an unknown notice is a 404", async () => {
    const { body, signature } = await signedCallback(db, { noticeNumber: composeNoticeNumber(2026, 999_999_999), amountFen: 78_000 });
    expect(await answerCallback(db, body, signature, AT)).toEqual({ status: 404, body: { error: { code: "unknown-notice" } } });
  });
});

describe("coverage and notice state at payment", () => {
  it("a registered enrollment becomes paid, with its cover fixed by the payment date", async () => {
    const [row] = await db.select().from(enrollment).where(eq(enrollment.personId, "nb-03-2"));
    const [notice] = await db.select().from(paymentNotice).where(and(eq(paymentNotice.personId, "nb-03-2"), eq(paymentNotice.status, "open")));
    const { body, signature } = await signedCallback(db, { noticeNumber: notice!.number, amountFen: notice!.amountFen, paidAt: "2025-12-26T15:59:59.000Z" });
    expect(await answerCallback(db, body, signature, AT)).toMatchObject({ status: 200, body: { outcome: "applied" } });
    expect((await db.select().from(enrollment).where(eq(enrollment.id, row!.id)))[0]!.status).toBe("paid");
    expect(await noticeRow(notice!.number)).toMatchObject({ status: "paid", coverageStart: "2026-01-01" });
    // J4's timeline reads the notice and the payment: issued → paid (23:59:59 on 26 December in Shanghai) → cover from 1 January.
    const [mine] = await loadMyEnrollments(db, xiaoyan, TODAY);
    expect(mine!.enrollments[0]!.timeline.slice(1, 4)).toEqual([
      { key: "notice", state: "done", date: TODAY },
      { key: "paid", state: "done", date: "2025-12-26" },
      { key: "coverStarts", state: "current", date: "2026-01-01" },
    ]);
  });

  it("paid after the due date (Asia/Shanghai): the notice has expired, the money is to be refunded", async () => {
    const issued = await issueNotice(db, guoHua, { kind: "renewal", personId: "nb-05-1" }, AT, TODAY);
    if (!issued.ok) throw new Error(issued.reason);
    // 2025-12-26T16:00Z is 2025-12-27 00:00 in Shanghai: one day after the due date.
    const { body, signature } = await signedCallback(db, { noticeNumber: issued.number, amountFen: 78_000, paidAt: "2025-12-26T16:00:00.000Z" });
    expect(await answerCallback(db, body, signature, AT)).toMatchObject({ status: 200, body: { outcome: "refund-due", refundReason: "notice-expired" } });
    const notice = await noticeRow(issued.number);
    expect(notice.status).toBe("expired");
    expect(stateOn({ status: "open", dueDate: "2025-12-26" }, "2025-12-27")).toBe("expired");
    // A new notice on the late rules takes its place.
    const again = await issueNotice(db, guoHua, { kind: "renewal", personId: "nb-05-1" }, AT, "2026-03-10");
    expect(again).toMatchObject({ ok: true, existing: false });
    if (again.ok) expect(await noticeRow(again.number)).toMatchObject({ dueDate: "2026-12-31", issuedOn: "2026-03-10" });
  });

  it("a payment for a cancelled enrollment is kept to refund; cancelling after payment is refused", async () => {
    const [paid] = await db.select().from(enrollment).where(eq(enrollment.personId, "nb-03-2"));
    expect(await cancelRegistration(db, xiaoyan, paid!.id, AT, TODAY)).toEqual({ ok: false, reason: "not-cancellable" });
    const enrollmentId = await register(xiaodong);
    const issued = await issueNotice(db, xiaodong, { kind: "enrollment", enrollmentId }, AT, TODAY);
    if (!issued.ok) throw new Error(issued.reason);
    expect(await cancelRegistration(db, xiaodong, enrollmentId, AT, TODAY)).toMatchObject({ ok: true });
    expect((await noticeRow(issued.number)).status).toBe("cancelled");
    const { body, signature } = await signedCallback(db, { noticeNumber: issued.number, amountFen: (await noticeRow(issued.number)).amountFen });
    expect(await answerCallback(db, body, signature, AT)).toMatchObject({ status: 200, body: { outcome: "refund-due", refundReason: "notice-cancelled" } });
    expect((await noticeRow(issued.number)).status).toBe("cancelled");
  });

  it("the database keeps a payment as recorded", async () => {
    const [any] = await db.select().from(payment).limit(1);
    await expect(db.update(payment).set({ amountFen: 1 }).where(eq(payment.id, any!.id))).rejects.toThrow();
  });
});
