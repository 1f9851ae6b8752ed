import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, paymentNotice } from "@/lib/db/schema";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import type { Actor } from "../people/right-to-act";
import { actorFor } from "../enrollment/testing";
import { issueNotice } from "../payment/notices";
import { recordPayment } from "../payment/record-payment";
import { decideBinding, requestBinding } from "./bindings";
import { submitClaim } from "./claims";
import { bindingForPayer, myFamily } from "./my-family";

const TODAY = "2025-11-20"; // a Thursday
const AT = new Date("2025-11-20T02:00:00Z");
const noSms = { send: async () => undefined };

let opened: OpenDatabase;
let db: Db;
let chunmei: Actor; // 杨春梅: employee in Yinchuan (门诊共济); spouse 马志刚
let zhigang: Actor;
let noticeNumber: string;
let bindingId: string;

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  chunmei = await actorFor(db, "nx-01-2", "13909512102", AT);
  zhigang = await actorFor(db, "nx-01-1", "13909512101", AT);
  const zhangwei = await actorFor(db, "nx-03-1", "13909512301", AT);
  // 马志刚's contribution: his own renewal notice if he has one to pay, else one like 张伟's.
  const own = await issueNotice(db, zhigang, { kind: "renewal", personId: "nx-01-1" }, AT, TODAY);
  if (own.ok) noticeNumber = own.number;
  else {
    const other = await issueNotice(db, zhangwei, { kind: "renewal", personId: "nx-03-1" }, AT, TODAY);
    if (!other.ok) throw new Error(other.reason);
    const [template] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, other.number));
    noticeNumber = "T2026ZHIGANG";
    await db.insert(paymentNotice).values({ ...template!, id: randomUUID(), number: noticeNumber, personId: "nx-01-1" });
  }
  const paid = await recordPayment(db, { provider: "sandbox-cashier", providerReference: "SBXCLAIM1", noticeNumber, amountFen: (await db.select().from(paymentNotice).where(eq(paymentNotice.number, noticeNumber)))[0]!.amountFen, paidAt: new Date("2025-11-20T03:00:00Z"), via: "callback" }, AT);
  if (!paid.ok || paid.outcome !== "applied") throw new Error("not paid");
  const bound = await requestBinding(db, noSms, chunmei, "nx-01-1", AT, TODAY);
  if (!bound.ok) throw new Error(bound.reason);
  bindingId = bound.bindingId;
  await decideBinding(db, zhigang, { bindingId, decision: "approve" }, AT);
}, 120_000);
afterAll(async () => opened?.close());

describe("代缴返还 (ningxia-2026 二(三))", () => {
  it("binds with the reimbursement channel and shows the day the claim opens: paid on Thursday → the next Tuesday (weekends only, provisional)", async () => {
    expect((await myFamily(db, "nx-01-2", TODAY)).bindings).toMatchObject([{ kind: "reimbursement", status: "active" }]);
    const view = await bindingForPayer(db, "nx-01-2", bindingId, TODAY);
    expect(view?.notices).toMatchObject([{ number: noticeNumber, paidOn: "2025-11-20", opensOn: "2025-11-25", provisional: true, claimed: false }]);
  });

  it("a claim before the third working day is refused with the day it opens; on that day it is accepted, once", async () => {
    expect(await submitClaim(db, chunmei, { bindingId, noticeNumber }, AT, "2025-11-24")).toEqual({ ok: false, reason: "too-early", opensOn: "2025-11-25", provisional: true });
    expect(await submitClaim(db, chunmei, { bindingId, noticeNumber }, AT, "2025-11-25")).toMatchObject({ ok: true });
    expect(await submitClaim(db, chunmei, { bindingId, noticeNumber }, AT, "2025-11-26")).toEqual({ ok: false, reason: "already-claimed" });
    expect((await myFamily(db, "nx-01-2", "2025-11-25")).claims).toMatchObject([{ status: "submitted", opensOn: "2025-11-25", beneficiaryName: "马志刚" }]);
    const events = await db.select().from(auditEvent).where(eq(auditEvent.action, "family.claim-submitted"));
    expect(events).toMatchObject([{ personId: "nx-01-1" }]);
  });

  it("an account debit is not this pack's channel", async () => {
    const { payFromAccount } = await import("./pay");
    expect(await payFromAccount(db, chunmei, { bindingId, noticeNumber }, AT, TODAY)).toEqual({ ok: false, reason: "not-bound" });
  });
});
