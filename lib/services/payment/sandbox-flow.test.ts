import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { payment, paymentNotice, sandboxCashierPayment } from "@/lib/db/schema";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { fetchCashierDay } from "@/lib/cashier/client";
import { providerKey } from "@/lib/cashier/providers";
import { SIGNATURE_HEADER } from "@/lib/cashier/signature";
import { deliverDue, type Sender } from "@/lib/sandbox-cashier/deliver";
import { saveSettings, takePayment } from "@/lib/sandbox-cashier/ledger";
import { answerQuery } from "@/lib/sandbox-cashier/query";
import { actorFor } from "../enrollment/testing";
import { answerCallback } from "./callback";
import { issueNotice } from "./notices";
import { reconcileDay } from "./reconcile";

/**
 * The sandbox cashier and the portal together, with the HTTP hop replaced by a direct call to the
 * same handlers the routes use (POST /api/payments/callback, GET /sandbox-cashier/api/payments).
 */
const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
let opened: OpenDatabase;
let db: Db;
const delivered: number[] = [];
const toPortal: Sender = async (_url, body, signature) => {
  const answer = await answerCallback(db, body, signature, new Date());
  delivered.push(answer.status);
  return answer.status;
};
const cashierFetch = async (url: string, init: { headers: Record<string, string> }) => {
  const { pathname, search } = new URL(url);
  const answer = await answerQuery(db, `${pathname}${search}`, init.headers[SIGNATURE_HEADER] ?? null);
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
};

async function noticeFor(personId: string, phone: string) {
  const actor = await actorFor(db, personId, phone, AT);
  const issued = await issueNotice(db, actor, { kind: "renewal", personId }, AT, TODAY);
  if (!issued.ok) throw new Error(issued.reason);
  const [row] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, issued.number));
  return row!;
}
const order = (n: { number: string; amountFen: number; dueDate: string }) => ({
  noticeNumber: n.number,
  amountFen: n.amountFen,
  dueDate: n.dueDate,
  callbackUrl: "http://127.0.0.1/api/payments/callback",
  returnPath: "/zh-Hans/pay",
});

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
}, 120_000);
afterAll(async () => opened?.close());

describe("the sandbox cashier's confirmations", () => {
  it("repeated five times at once: one payment; nothing more to send afterwards", async () => {
    await saveSettings(db, { repeatCallbacks: 5, delaySeconds: 0, loseCallbacks: false }, AT);
    const notice = await noticeFor("nb-01-1", "13905740101");
    const taken = await takePayment(db, order(notice), "paid", AT);
    delivered.length = 0;
    expect(await deliverDue(db, new Date(), toPortal)).toBe(5);
    expect(delivered).toEqual([200, 200, 200, 200, 200]);
    expect(await db.select().from(payment).where(eq(payment.noticeId, notice.id))).toHaveLength(1);
    expect(await deliverDue(db, new Date(), toPortal)).toBe(0);
    expect((await db.select().from(sandboxCashierPayment).where(eq(sandboxCashierPayment.reference, taken.reference)))[0]).toMatchObject({ callbacksSent: 5, lastCallbackStatus: 200 });
  });

  it("delivered late: nothing before the delay, the confirmation after it", async () => {
    await saveSettings(db, { repeatCallbacks: 1, delaySeconds: 60, loseCallbacks: false }, AT);
    const notice = await noticeFor("nb-09-1", "13905740901");
    const realNow = new Date();
    await takePayment(db, order(notice), "paid", AT, realNow);
    expect(await deliverDue(db, new Date(realNow.getTime() + 59_000), toPortal)).toBe(0);
    expect((await db.select().from(paymentNotice).where(eq(paymentNotice.id, notice.id)))[0]!.status).toBe("open");
    expect(await deliverDue(db, new Date(realNow.getTime() + 61_000), toPortal)).toBe(1);
    expect((await db.select().from(paymentNotice).where(eq(paymentNotice.id, notice.id)))[0]!.status).toBe("paid");
  });

  it("failed and cancelled payments send nothing", async () => {
    await saveSettings(db, { repeatCallbacks: 1, delaySeconds: 0, loseCallbacks: false }, AT);
    const notice = await noticeFor("nx-03-1", "13909512301");
    await takePayment(db, order(notice), "failed", AT);
    await takePayment(db, order(notice), "cancelled", AT);
    expect(await deliverDue(db, new Date(), toPortal)).toBe(0);
    expect((await db.select().from(paymentNotice).where(eq(paymentNotice.id, notice.id)))[0]!.status).toBe("open");
  });
});

describe("reconcile", () => {
  it("heals a lost callback from the cashier's signed day list, and finds everything else already recorded", async () => {
    await saveSettings(db, { repeatCallbacks: 1, delaySeconds: 0, loseCallbacks: true }, AT);
    const notice = await noticeFor("nb-05-1", "13905740501");
    const taken = await takePayment(db, order(notice), "paid", AT);
    expect(await deliverDue(db, new Date(), toPortal)).toBe(0);
    expect((await db.select().from(paymentNotice).where(eq(paymentNotice.id, notice.id)))[0]!.status).toBe("open");

    const records = await fetchCashierDay("http://127.0.0.1", await providerKey(db, "sandbox-cashier"), TODAY, cashierFetch);
    expect(records.map((r) => r.reference)).toContain(taken.reference);
    const summary = await reconcileDay(db, TODAY, records, new Date(), "sandbox-cashier");
    expect(summary).toMatchObject({ paid: 3, recorded: 1, alreadyRecorded: 2, refundDue: 0, refused: [] });
    const [paid] = await db.select().from(paymentNotice).where(eq(paymentNotice.id, notice.id));
    expect(paid).toMatchObject({ status: "paid", coverageStart: "2026-01-01" });
    expect((await db.select().from(payment).where(eq(payment.noticeId, notice.id)))[0]).toMatchObject({ via: "reconcile", providerReference: taken.reference });

    expect(await reconcileDay(db, TODAY, records, new Date(), "sandbox-cashier")).toMatchObject({ recorded: 0, alreadyRecorded: 3 });
  });

  it("believes only a signed answer, and the cashier answers only a signed query", async () => {
    const unsigned = async () => new Response(JSON.stringify({ date: TODAY, payments: [] }), { status: 200 });
    await expect(fetchCashierDay("http://127.0.0.1", await providerKey(db, "sandbox-cashier"), TODAY, unsigned)).rejects.toThrow(/not signed/);
    expect((await answerQuery(db, `/sandbox-cashier/api/payments?date=${TODAY}`, "0".repeat(64))).status).toBe(401);
    const wrongKey = Buffer.from("not the cashier's key");
    await expect(fetchCashierDay("http://127.0.0.1", wrongKey, TODAY, cashierFetch)).rejects.toThrow();
  });
});
