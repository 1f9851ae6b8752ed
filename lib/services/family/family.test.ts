import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmsSender } from "@/lib/auth/sms";
import type { OpenDatabase } from "@/lib/db/open";
import { accountLedger, auditEvent, employeeAccount, familyBinding, payment, paymentNotice, registryPerson, registryRelation, smsOutbox } from "@/lib/db/schema";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { composeIdNumber } from "@/lib/identity/id-number";
import type { Actor } from "../people/right-to-act";
import { actorFor } from "../enrollment/testing";
import { issueNotice } from "../payment/notices";
import { confirmBindingByCode, decideBinding, requestBinding } from "./bindings";
import { boundForMe, myFamily } from "./my-family";
import { FAMILY_AID_PROVIDER, payFromAccount } from "./pay";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");

let opened: OpenDatabase;
let db: Db;
let meiling: Actor; // 周美玲: employee, large balance; mother 何秀英, son 周子航
let xiuying: Actor; // 何秀英
let junjie: Actor; // 吴俊杰: employee, small balance; spouse 郑晓燕
let zhiqiang: Actor; // 林志强: no employee insurance
let lixin: Actor; // 孙立新: employee insured in Hangzhou

/** Keeps the texts sent, so that a test can read the code the relative would read out. */
const sent: { phone: string; text: string }[] = [];
const sms: SmsSender = {
  async send(tx, message, at) {
    sent.push(message);
    await tx.insert(smsOutbox).values({ phone: message.phone, body: message.text, createdAt: at });
  },
};
const lastCode = () => /验证码(\d{6})/.exec(sent.at(-1)?.text ?? "")?.[1] ?? "";
const balanceOf = async (personId: string) => (await db.select().from(employeeAccount).where(eq(employeeAccount.personId, personId)))[0]!.historicalBalanceFen;
const ledgerSum = async (personId: string) =>
  Number((await db.select({ sum: sql<string>`coalesce(sum(${accountLedger.amountFen}), 0)` }).from(accountLedger).where(eq(accountLedger.personId, personId)))[0]!.sum);

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  meiling = await actorFor(db, "nb-02-1", "13905740201", AT);
  xiuying = await actorFor(db, "nb-02-2", "13905740202", AT);
  junjie = await actorFor(db, "nb-03-1", "13905740301", AT);
  zhiqiang = await actorFor(db, "nb-01-1", "13905740101", AT);
  lixin = await actorFor(db, "nb-04-1", "13905740401", AT);
}, 120_000);
afterAll(async () => opened?.close());

describe("bindings", () => {
  it("an adult relative confirms by the code sent to their phone; the binding and the request show on their own page", async () => {
    const requested = await requestBinding(db, sms, meiling, "nb-02-2", AT, TODAY);
    expect(requested).toMatchObject({ ok: true, status: "pending", phoneMasked: "139****0202" });
    if (!requested.ok) throw new Error("not requested");
    expect(await requestBinding(db, sms, meiling, "nb-02-2", AT, TODAY)).toEqual({ ok: false, reason: "already-bound" });
    expect(await confirmBindingByCode(db, meiling, { bindingId: requested.bindingId, code: "000000" === lastCode() ? "111111" : "000000" }, AT)).toEqual({
      ok: false,
      reason: "wrong-code",
      attemptsLeft: 4,
    });
    expect(await confirmBindingByCode(db, meiling, { bindingId: requested.bindingId, code: lastCode() }, AT)).toEqual({ ok: true });
    const mine = await boundForMe(db, "nb-02-2");
    expect(mine.bindings).toMatchObject([{ id: requested.bindingId, status: "active", otherName: "周美玲", method: "sms-code" }]);
    expect(mine.bindings[0]!.otherIdMasked).not.toContain("19750922");
  });

  it("the relative may refuse on their own page, and either side revokes; every act is audited on the relative", async () => {
    const first = await myFamily(db, "nb-02-1", TODAY);
    const binding = first.bindings.find((b) => b.otherName === "何秀英")!;
    expect(await decideBinding(db, xiuying, { bindingId: binding.id, decision: "revoke" }, AT)).toEqual({ ok: true });
    expect(await decideBinding(db, xiuying, { bindingId: binding.id, decision: "revoke" }, AT)).toEqual({ ok: false, reason: "not-found" });
    const again = await requestBinding(db, sms, meiling, "nb-02-2", AT, TODAY);
    if (!again.ok) throw new Error("not requested");
    expect(await decideBinding(db, meiling, { bindingId: again.bindingId, decision: "approve" }, AT)).toEqual({ ok: false, reason: "not-found" });
    expect(await decideBinding(db, xiuying, { bindingId: again.bindingId, decision: "approve" }, AT)).toEqual({ ok: true });
    const events = await db.select().from(auditEvent).where(eq(auditEvent.personId, "nb-02-2"));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(["family.binding-requested", "family.binding-confirmed", "family.binding-revoked"]));
  });

  it("a minor child in the payer's household is bound at once; someone without employee insurance is refused with the clause", async () => {
    expect(await requestBinding(db, sms, meiling, "nb-02-3", AT, TODAY)).toMatchObject({ ok: true, status: "active" });
    const refused = await requestBinding(db, sms, zhiqiang, "nb-01-2", AT, TODAY);
    expect(refused).toMatchObject({ ok: false, reason: "not-allowed", refusals: [{ code: "familyAid.payer-not-employee" }] });
    expect(await requestBinding(db, sms, meiling, "nb-03-1", AT, TODAY)).toEqual({ ok: false, reason: "not-related" });
  });

  it("the channel follows where the relative is insured (问答五 example 1: a Hangzhou employee, a son in Ningbo → the Ningbo channel)", async () => {
    const family = await myFamily(db, "nb-04-1", TODAY);
    expect(family.relatives.filter((r) => r.personId === "nb-04-2")).toMatchObject([{ personId: "nb-04-2", answer: { allowed: true, channel: "ningbo-tax" } }]);
  });
});

describe("paying from the 历年账户 balance", () => {
  let zihangNotice: string;

  it("pays the relative's notice through recordPayment: balance before and after, a ledger row, the notice paid", async () => {
    const issued = await issueNotice(db, meiling, { kind: "renewal", personId: "nb-02-3" }, AT, TODAY);
    if (!issued.ok) throw new Error(issued.reason);
    zihangNotice = issued.number;
    const binding = (await myFamily(db, "nb-02-1", TODAY)).bindings.find((b) => b.otherName === "周子航")!;
    const before = await balanceOf("nb-02-1");
    const paid = await payFromAccount(db, meiling, { bindingId: binding.id, noticeNumber: issued.number }, AT, TODAY);
    if (!paid.ok) throw new Error(paid.reason);
    expect(paid.balanceBeforeFen).toBe(before);
    expect(paid.balanceAfterFen).toBe(before - paid.amountFen);
    const [notice] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, issued.number));
    expect(notice).toMatchObject({ status: "paid", paymentId: paid.paymentId });
    const [row] = await db.select().from(payment).where(eq(payment.id, paid.paymentId));
    expect(row).toMatchObject({ provider: FAMILY_AID_PROVIDER, providerReference: paid.ledgerId, via: "account-debit", outcome: "applied", paidOn: TODAY });
    expect(await ledgerSum("nb-02-1")).toBe(await balanceOf("nb-02-1"));
    expect((await boundForMe(db, "nb-02-3")).payments).toMatchObject([{ amountFen: paid.amountFen, payerName: "周美玲" }]);
  });

  it("a notice already paid is not paid twice, and nothing is debited", async () => {
    const binding = (await myFamily(db, "nb-02-1", TODAY)).bindings.find((b) => b.otherName === "周子航")!;
    const before = await balanceOf("nb-02-1");
    expect(await payFromAccount(db, meiling, { bindingId: binding.id, noticeNumber: zihangNotice }, AT, TODAY)).toEqual({ ok: false, reason: "notice-closed" });
    expect(await balanceOf("nb-02-1")).toBe(before);
  });

  it("too small a balance is refused with the balance shown, never partly debited", async () => {
    const requested = await requestBinding(db, sms, junjie, "nb-03-2", AT, TODAY);
    if (!requested.ok) throw new Error(requested.reason);
    await confirmBindingByCode(db, junjie, { bindingId: requested.bindingId, code: lastCode() }, AT);
    const [template] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, zihangNotice));
    await db.insert(paymentNotice).values({ ...template!, id: randomUUID(), number: "T2026XIAOYAN", personId: "nb-03-2", status: "open", paidAt: null, paymentId: null });
    expect(await payFromAccount(db, junjie, { bindingId: requested.bindingId, noticeNumber: "T2026XIAOYAN" }, AT, TODAY)).toEqual({
      ok: false,
      reason: "insufficient",
      balanceFen: 12_000,
      amountFen: template!.amountFen,
    });
    expect(await balanceOf("nb-03-1")).toBe(12_000);
    expect(await db.select().from(accountLedger).where(eq(accountLedger.personId, "nb-03-1"))).toEqual([]);
  });

  it("50 concurrent debits against a balance that covers 10 give exactly 10 payments; never below zero; the ledger sums to the balance", async () => {
    const [template] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, zihangNotice));
    const amount = template!.amountFen;
    const bindings: { id: string; number: string }[] = [];
    for (let i = 0; i < 50; i += 1) {
      const personId = `c-${i}`;
      await db.insert(registryPerson).values({
        id: personId,
        idNumber: composeIdNumber("330205", "2012-01-01", String(100 + i).padStart(3, "0")),
        name: `测试${i}`,
        sex: "male",
        birthDate: "2012-01-01",
        residency: "local-hukou",
        householdId: "nb-02",
        householdRole: "child",
      });
      await db.insert(registryRelation).values({ personId: "nb-04-1", relativeId: personId, relation: "child" });
      const id = randomUUID();
      await db.insert(familyBinding).values({ id, payerPersonId: "nb-04-1", payerAccountId: lixin.accountId, beneficiaryPersonId: personId, relation: "child", packId: "ningbo-2026", kind: "account-debit", status: "active", createdAt: AT });
      const number = `T2026C${i}`;
      await db.insert(paymentNotice).values({ ...template!, id: randomUUID(), number, personId, status: "open", paidAt: null, paymentId: null });
      bindings.push({ id, number });
    }
    await db.update(employeeAccount).set({ historicalBalanceFen: amount * 10 }).where(eq(employeeAccount.personId, "nb-04-1"));

    const results = await Promise.all(bindings.map((b) => payFromAccount(db, lixin, { bindingId: b.id, noticeNumber: b.number }, AT, TODAY)));
    expect(results.filter((r) => r.ok)).toHaveLength(10);
    expect(results.filter((r) => !r.ok && r.reason === "insufficient")).toHaveLength(40);
    expect(await balanceOf("nb-04-1")).toBe(0);
    expect(await ledgerSum("nb-04-1")).toBe(0);
    const ledger = await db.select().from(accountLedger).where(eq(accountLedger.personId, "nb-04-1"));
    expect(ledger.filter((r) => r.kind === "opening")).toMatchObject([{ amountFen: amount * 10 }]);
    expect(ledger.every((r) => r.balanceAfterFen >= 0)).toBe(true);
    const applied = await db.select().from(payment).where(and(eq(payment.provider, FAMILY_AID_PROVIDER), eq(payment.outcome, "applied")));
    expect(applied.filter((p) => ledger.some((r) => r.id === p.providerReference))).toHaveLength(10);
  }, 120_000);
});
