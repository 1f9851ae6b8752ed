/**
 * Who may read and act for whom (issue 13): one table, read as a policy. For every read and act the
 * services expose, six people who are not the resident are refused (the service's refusal, or
 * "not-found" / nothing, never the resident's data), and the resident themselves is not (the
 * control row). The one rule behind it all is lib/services/people/right-to-act.ts.
 *
 * Each actor's rows run on a database of their own, set up in that block's beforeAll from the
 * real demo registry; a row that changes what another row reads (cancelling, paying, approving)
 * runs for the rightful person on a fresh database of its own, so no row depends on another.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturingSms } from "@/lib/auth/testing";
import type { OpenDatabase } from "@/lib/db/open";
import { delegation, paymentNotice } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { DEMO_HOUSEHOLDS } from "@/lib/demo/people";
import { actorFor } from "./enrollment/testing";
import { decideConsent, requestConsent } from "./enrollment/consent";
import { requestCorrection } from "./enrollment/corrections";
import { enrollmentStatus, loadMyEnrollments } from "./enrollment/my-enrollments";
import { cancelRegistration, saveRegistrationStep, startRegistration, submitRegistration } from "./enrollment/registration";
import { confirmBindingByCode, decideBinding, requestBinding } from "./family/bindings";
import { submitClaim } from "./family/claims";
import { bindingForPayer } from "./family/my-family";
import { payFromAccount } from "./family/pay";
import { pendingCode } from "./family/pending";
import { prepareCheckout } from "./payment/checkout";
import { issueNotice } from "./payment/notices";
import { loadNotice, loadPayables, noticeStatus } from "./payment/payables";
import { loadReceipt } from "./payment/receipt";
import { recordPayment } from "./payment/record-payment";
import type { Actor } from "./people/right-to-act";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const LATER = new Date("2025-11-20T03:00:00Z");

const person = (id: string) => DEMO_HOUSEHOLDS.flatMap((h) => h.members).find((m) => m.id === id)!;
const sign = (db: Db, id: string) => actorFor(db, id, person(id).phone!, AT);

/** Texts sent, so that the relative's code can be read back. */
const sms = capturingSms();

type ActorKind =
  | "self"
  | "stranger"
  | "spouse without consent"
  | "agent after withdrawal"
  | "agent after the end date"
  | "agent outside scope"
  | "guardian of an adult child";

/**
 * The people of one database. `principal` is the resident whose records are at stake (郑晓燕, who
 * registers; for the guardian, 赵一鸣, 19, who re-registers); `payer` is an employee with a live
 * 家庭共济 binding of her own (周美玲 → her father 周建华), whose account and binding are at stake in
 * the payer rows.
 */
type World = {
  opened: OpenDatabase;
  db: Db;
  principal: Actor;
  payer: Actor;
  /** The one acting in this block's rows (for "self": the principal, the payer or the claimant, as the row needs). */
  actor: Actor;
  enrollmentId: string;
  noticeNumber: string;
  /** A delegation someone else asked of the principal, still pending: only the principal decides it. */
  pendingConsentId: string;
  /** 吴俊杰's request to pay for 郑晓燕 (pending her confirmation); only she approves it. */
  beneficiaryBindingId: string | null;
  /** 周美玲's live binding for her father 周建华, and his open notice. */
  payerBindingId: string;
  payerNoticeNumber: string;
  /** 周美玲's request to pay for her mother 何秀英, pending her code, and that code. */
  payerPendingBindingId: string;
  payerPendingCode: string;
  /** 杨春梅 (Yinchuan, 代缴返还) and her live reimbursement binding for her husband 马志刚, whose notice is paid. */
  claimant: Actor;
  claimBindingId: string;
  claimNoticeNumber: string;
};

type Domain = "person" | "payer" | "claimant";

/** Who plays each role, by registry id. */
const CAST: Record<Exclude<ActorKind, "self">, { actor: string; principal: string }> = {
  stranger: { actor: "nb-07-1", principal: "nb-03-2" }, // 梁嘉欣: another signed-in resident, no relation to 郑晓燕
  "spouse without consent": { actor: "nb-03-1", principal: "nb-03-2" }, // 吴俊杰: her husband in the registry, no delegation
  "agent after withdrawal": { actor: "nb-11-1", principal: "nb-03-2" }, // 陈桂芳: her mother, consent given, then withdrawn
  "agent after the end date": { actor: "nb-11-1", principal: "nb-03-2" }, // 陈桂芳: consent given, and its end date has passed
  "agent outside scope": { actor: "nb-11-1", principal: "nb-03-2" }, // 陈桂芳: consent live, but for the coverage year 2025, not 2026
  "guardian of an adult child": { actor: "nb-05-1", principal: "nb-05-2" }, // 赵国华: father of 赵一鸣 (19), same household
};

async function register(db: Db, actor: Actor, personId: string): Promise<string> {
  await startRegistration(db, actor, personId, AT, TODAY);
  await saveRegistrationStep(db, actor, "facts", {}, AT, TODAY);
  await saveRegistrationStep(db, actor, "details", { contactPhone: "13905749999" }, AT, TODAY);
  const result = await submitRegistration(db, actor, personId, AT, TODAY);
  if (!result.ok) throw new Error(`not registered: ${result.reason}`);
  return result.enrollmentId;
}

/** 杨春梅's binding for 马志刚, and a contribution of his paid (as lib/services/family/claims.test.ts sets it up). */
async function claimFixture(db: Db) {
  const chunmei = await sign(db, "nx-01-2");
  const zhigang = await sign(db, "nx-01-1");
  const own = await issueNotice(db, zhigang, { kind: "renewal", personId: "nx-01-1" }, AT, TODAY);
  let noticeNumber: string;
  if (own.ok) noticeNumber = own.number;
  else {
    const zhangwei = await sign(db, "nx-03-1");
    const other = await issueNotice(db, zhangwei, { kind: "renewal", personId: "nx-03-1" }, AT, TODAY);
    if (!other.ok) throw new Error(other.reason);
    const [template] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, other.number));
    noticeNumber = "T2026ZHIGANG";
    await db.insert(paymentNotice).values({ ...template!, id: randomUUID(), number: noticeNumber, personId: "nx-01-1" });
  }
  const [notice] = await db.select().from(paymentNotice).where(eq(paymentNotice.number, noticeNumber));
  const paid = await recordPayment(db, { provider: "sandbox-cashier", providerReference: "SBXAUTHZ1", noticeNumber, amountFen: notice!.amountFen, paidAt: LATER, via: "callback" }, AT);
  if (!paid.ok || paid.outcome !== "applied") throw new Error("not paid");
  const bound = await requestBinding(db, sms, chunmei, "nx-01-1", AT, TODAY);
  if (!bound.ok) throw new Error(bound.reason);
  expect(await decideBinding(db, zhigang, { bindingId: bound.bindingId, decision: "approve" }, AT)).toEqual({ ok: true });
  return { claimant: chunmei, claimBindingId: bound.bindingId, claimNoticeNumber: noticeNumber };
}

async function world(kind: ActorKind, domain: Domain, principalId = "nb-03-2"): Promise<World> {
  const opened = await createTestDatabase();
  const db = opened.db;
  await seedDemoRegistry(db, AT);
  const principal = await sign(db, principalId);
  const payer = await sign(db, "nb-02-1");
  const enrollmentId = await register(db, principal, principalId);
  const issued = await issueNotice(db, principal, { kind: "enrollment", enrollmentId }, AT, TODAY);
  if (!issued.ok) throw new Error(`no notice: ${issued.reason}`);

  // Someone else asks the principal for consent (吴俊杰 his wife; 赵国华 his son): pending.
  const requester = await sign(db, principalId === "nb-03-2" ? "nb-03-1" : "nb-05-1");
  const asked = await requestConsent(
    db,
    sms,
    requester,
    { name: person(principalId).name, idNumber: person(principalId).idNumber, relation: principalId === "nb-03-2" ? "spouse" : "child" },
    AT,
    TODAY,
  );
  if (!asked.ok || !("delegationId" in asked)) throw new Error("consent not asked");

  // 吴俊杰 (employee) asks to pay for his wife 郑晓燕: pending her confirmation.
  let beneficiaryBindingId: string | null = null;
  if (principalId === "nb-03-2") {
    const junjie = await sign(db, "nb-03-1");
    const bound = await requestBinding(db, sms, junjie, "nb-03-2", AT, TODAY);
    if (!bound.ok) throw new Error(`not bound: ${bound.reason}`);
    beneficiaryBindingId = bound.bindingId;
  }

  // 周美玲 pays for her father 周建华 (live binding, and an open notice of his), and has asked to pay for her mother 何秀英 (pending).
  const requested = await requestBinding(db, sms, payer, "nb-12-1", AT, TODAY);
  if (!requested.ok) throw new Error(`not requested: ${requested.reason}`);
  const confirmed = await confirmBindingByCode(db, payer, { bindingId: requested.bindingId, code: sms.lastCode() }, AT);
  if (!confirmed.ok) throw new Error(`not confirmed: ${confirmed.reason}`);
  const jianhua = await sign(db, "nb-12-1");
  const renewal = await issueNotice(db, jianhua, { kind: "renewal", personId: "nb-12-1" }, AT, TODAY);
  if (!renewal.ok) throw new Error(`no renewal notice: ${renewal.reason}`);
  const pending = await requestBinding(db, sms, payer, "nb-02-2", AT, TODAY);
  if (!pending.ok) throw new Error(`no pending binding: ${pending.reason}`);
  const payerPendingCode = sms.lastCode();
  const claims = await claimFixture(db);

  let actor: Actor;
  if (kind === "self") actor = domain === "payer" ? payer : domain === "claimant" ? claims.claimant : principal;
  else actor = await sign(db, CAST[kind].actor);

  if (kind === "agent after withdrawal") {
    // 陈桂芳 asks her daughter; 郑晓燕 approves on her own page; 陈桂芳 starts a registration for her; then 郑晓燕 withdraws.
    const own = await requestConsent(db, sms, actor, { name: person(principalId).name, idNumber: person(principalId).idNumber, relation: "child" }, AT, TODAY);
    if (!own.ok || !("delegationId" in own)) throw new Error("agent's consent not asked");
    expect(await decideConsent(db, principal, { delegationId: own.delegationId, decision: "approve" }, AT)).toEqual({ ok: true });
    expect(await startRegistration(db, actor, principalId, AT, TODAY)).toEqual({ ok: true, step: "facts" });
    expect(await decideConsent(db, principal, { delegationId: own.delegationId, decision: "withdraw" }, LATER)).toEqual({ ok: true });
  }
  if (kind === "agent after the end date" || kind === "agent outside scope") {
    // 陈桂芳's consent, approved by 郑晓燕; then it has ended yesterday, or it is one for the year before.
    const own = await requestConsent(db, sms, actor, { name: person(principalId).name, idNumber: person(principalId).idNumber, relation: "child" }, AT, TODAY);
    if (!own.ok || !("delegationId" in own)) throw new Error("agent's consent not asked");
    expect(await decideConsent(db, principal, { delegationId: own.delegationId, decision: "approve" }, AT)).toEqual({ ok: true });
    const terms = kind === "agent after the end date" ? { endsOn: "2025-11-19" } : { coverageYear: 2025, endsOn: "2025-12-31" };
    await db.update(delegation).set(terms).where(eq(delegation.id, own.delegationId));
  }

  return {
    opened,
    db,
    principal,
    payer,
    actor,
    enrollmentId,
    noticeNumber: issued.number,
    pendingConsentId: asked.delegationId,
    beneficiaryBindingId,
    payerBindingId: requested.bindingId,
    payerNoticeNumber: renewal.number,
    payerPendingBindingId: pending.bindingId,
    payerPendingCode,
    ...claims,
  };
}

/** What the table expects: "refused" is the service's refusal, "not-found" or nothing; "allowed" got past the right to act. */
type Expected = "allowed" | "refused";

/** Reasons that mean "you may not act for this person" (or its deliberate disguise, not found). */
const REFUSALS = new Set(["not-related", "consent-required", "no-person", "no-right", "not-found", "no-draft", "not-bound"]);
function refusedResult(result: unknown): boolean {
  if (result === null || result === undefined) return true;
  const answer = result as { ok?: boolean; reason?: string };
  return answer.ok === false && REFUSALS.has(answer.reason ?? "");
}

/** Anywhere in a list: the principal's id, enrollment or notice. */
const mentions = (result: unknown, w: World) => [w.principal.personId, w.enrollmentId, w.noticeNumber].some((value) => JSON.stringify(result).includes(value));
const mentionsRecords = (result: unknown, w: World) => [w.enrollmentId, w.noticeNumber].some((value) => JSON.stringify(result).includes(value));

type Action = {
  name: string;
  domain: Domain;
  /** For the rightful person, this act changes what other rows read: run it on a fresh database. */
  mutates?: boolean;
  /** Only for this principal (郑晓燕 has a binding request to decide; 赵一鸣 has no employee relative to ask). */
  onlyFor?: string;
  run: (w: World) => Promise<unknown>;
  /** Reads: allowed means the principal's data came back; refused means none of it did. */
  sees?: (result: never, w: World) => boolean;
  /** For a lister, an agent outside scope still sees the person (for the year the consent is for): allowed means the 2026 records came back. */
  seesRecords?: (result: never, w: World) => boolean;
};

const ACTIONS: Action[] = [
  // Enrollments
  {
    name: "loadMyEnrollments lists the person",
    domain: "person",
    run: (w) => loadMyEnrollments(w.db, w.actor, TODAY),
    sees: (result: Awaited<ReturnType<typeof loadMyEnrollments>>, w) => result.some((p) => p.personId === w.principal.personId) || mentions(result, w),
    seesRecords: (result: Awaited<ReturnType<typeof loadMyEnrollments>>, w) => mentionsRecords(result, w),
  },
  {
    name: "enrollmentStatus (GET /api/me/enrollments/[id]/status)",
    domain: "person",
    run: (w) => enrollmentStatus(w.db, w.actor, w.enrollmentId, TODAY),
    sees: (result: unknown) => result !== null && result !== undefined,
  },
  { name: "startRegistration", domain: "person", run: (w) => startRegistration(w.db, w.actor, w.principal.personId, AT, TODAY) },
  {
    name: "saveRegistrationStep",
    domain: "person",
    run: async (w) => {
      await startRegistration(w.db, w.actor, w.principal.personId, AT, TODAY);
      return saveRegistrationStep(w.db, w.actor, "facts", {}, AT, TODAY);
    },
  },
  { name: "submitRegistration", domain: "person", run: (w) => submitRegistration(w.db, w.actor, w.principal.personId, AT, TODAY) },
  { name: "cancelRegistration", domain: "person", mutates: true, run: (w) => cancelRegistration(w.db, w.actor, w.enrollmentId, AT, TODAY) },
  { name: "requestCorrection", domain: "person", run: (w) => requestCorrection(w.db, w.actor, w.principal.personId, { fact: "residency", note: "户籍地址有误" }, AT, TODAY) },
  { name: "decideConsent (approve a request made of the person)", domain: "person", mutates: true, run: (w) => decideConsent(w.db, w.actor, { delegationId: w.pendingConsentId, decision: "approve" }, AT) },
  // Payment
  {
    name: "loadPayables lists the person",
    domain: "person",
    run: (w) => loadPayables(w.db, w.actor, TODAY),
    sees: (result: Awaited<ReturnType<typeof loadPayables>>, w) => result.some((p) => p.personId === w.principal.personId) || mentions(result, w),
    seesRecords: (result: Awaited<ReturnType<typeof loadPayables>>, w) => mentionsRecords(result, w) || result.some((p) => p.personId === w.principal.personId && p.payables.length > 0),
  },
  { name: "issueNotice (enrollment)", domain: "person", run: (w) => issueNotice(w.db, w.actor, { kind: "enrollment", enrollmentId: w.enrollmentId }, AT, TODAY) },
  { name: "loadNotice", domain: "person", run: (w) => loadNotice(w.db, w.actor, w.noticeNumber, TODAY), sees: (result: unknown) => result !== null },
  { name: "noticeStatus (GET /api/payments/notices/[number]/status)", domain: "person", run: (w) => noticeStatus(w.db, w.actor, w.noticeNumber, TODAY), sees: (result: unknown) => result !== null },
  { name: "loadReceipt", domain: "person", run: (w) => loadReceipt(w.db, w.actor, w.noticeNumber, TODAY), sees: (result: unknown) => result !== null },
  {
    name: "prepareCheckout",
    domain: "person",
    run: (w) => prepareCheckout(w.db, w.actor, { number: w.noticeNumber, confirmedNoCover: true, callbackUrl: "http://localhost/api/cashier/callback", returnPath: "/pay" }, TODAY),
  },
  // 家庭共济: the beneficiary's side
  {
    name: "decideBinding (approve a binding request made of the person)",
    domain: "person",
    mutates: true,
    onlyFor: "nb-03-2",
    run: (w) => decideBinding(w.db, w.actor, { bindingId: w.beneficiaryBindingId!, decision: "approve" }, AT),
  },
  // 家庭共济: the payer's side (周美玲's binding and account)
  { name: "bindingForPayer (the payer's binding page)", domain: "payer", run: (w) => bindingForPayer(w.db, w.actor.personId, w.payerBindingId, TODAY), sees: (result: unknown) => result !== null },
  { name: "pendingCode (the payer's pending request)", domain: "payer", run: (w) => pendingCode(w.db, w.actor.personId, w.payerPendingBindingId, AT), sees: (result: unknown) => result !== null },
  { name: "confirmBindingByCode (the payer's pending request)", domain: "payer", mutates: true, run: (w) => confirmBindingByCode(w.db, w.actor, { bindingId: w.payerPendingBindingId, code: w.payerPendingCode }, AT) },
  { name: "payFromAccount (the payer's account)", domain: "payer", mutates: true, run: (w) => payFromAccount(w.db, w.actor, { bindingId: w.payerBindingId, noticeNumber: w.payerNoticeNumber }, AT, TODAY) },
  {
    name: "submitClaim (代缴返还 on the claimant's binding, once it opens)",
    domain: "claimant",
    mutates: true,
    run: (w) => submitClaim(w.db, w.actor, { bindingId: w.claimBindingId, noticeNumber: w.claimNoticeNumber }, AT, "2025-11-25"),
  },
  { name: "decideBinding (revoke the payer's binding)", domain: "payer", mutates: true, run: (w) => decideBinding(w.db, w.actor, { bindingId: w.payerBindingId, decision: "revoke" }, AT) },
];

function judge(kind: ActorKind, action: Action, result: unknown, w: World): Expected {
  const seen = kind === "agent outside scope" && action.seesRecords ? action.seesRecords : action.sees;
  if (seen) return (seen as (r: unknown, w: World) => boolean)(result, w) ? "allowed" : "refused";
  if (action.sees) return (action.sees as (r: unknown, w: World) => boolean)(result, w) ? "allowed" : "refused";
  return refusedResult(result) ? "refused" : "allowed";
}

const KINDS: Exclude<ActorKind, "self">[] = [
  "stranger",
  "spouse without consent",
  "agent after withdrawal",
  "agent after the end date",
  "agent outside scope",
  "guardian of an adult child",
];

/** The policy: [actor, action, expected]. */
const TABLE: [ActorKind, Action, Expected][] = [
  ...ACTIONS.map((action): [ActorKind, Action, Expected] => ["self", action, "allowed"]),
  ...KINDS.flatMap((kind) => ACTIONS.map((action): [ActorKind, Action, Expected] => [kind, action, "refused"])),
];

describe.each(["self", ...KINDS] as ActorKind[])("%s", (kind) => {
  const principalId = kind === "self" ? "nb-03-2" : CAST[kind].principal;
  const worlds: Partial<Record<Domain, World>> = {};
  beforeAll(async () => {
    worlds.person = await world(kind, "person", principalId);
    if (kind === "self") {
      worlds.payer = await world(kind, "payer", principalId);
      worlds.claimant = await world(kind, "claimant", principalId);
    }
  }, 120_000);
  afterAll(async () => {
    await worlds.person?.opened.close();
    await worlds.payer?.opened.close();
    await worlds.claimant?.opened.close();
  });

  const rows = TABLE.filter(([k, action]) => k === kind && (!action.onlyFor || action.onlyFor === principalId)).map(([, action, expected]) => [action.name, expected, action] as const);
  it.each(rows)("%s → %s", async (_name, expected, action) => {
    const fresh = kind === "self" && action.mutates;
    const w = fresh ? await world(kind, action.domain, principalId) : kind === "self" ? worlds[action.domain]! : worlds.person!;
    try {
      const result = await action.run(w);
      expect(judge(kind, action, result, w), JSON.stringify(result)).toBe(expected);
    } finally {
      if (fresh) await w.opened.close();
    }
  }, 120_000);
});

/**
 * 家庭共济's own guardian rule (requestBinding): a minor child in the payer's household is bound at
 * once; a child of 18 or over confirms like any adult relative. [payer, relative, expected status].
 */
describe("guardian of an adult child: a 家庭共济 binding", () => {
  let opened: OpenDatabase;
  beforeAll(async () => {
    opened = await createTestDatabase();
    await seedDemoRegistry(opened.db, AT);
  }, 120_000);
  afterAll(async () => opened?.close());

  it.each([
    ["孙立新 for his son 孙浩然 (20, same household)", "nb-04-1", "nb-04-2", "pending"],
    ["control: 周美玲 for her son 周子航 (4, same household)", "nb-02-1", "nb-02-3", "active"],
  ] as const)("%s → %s", async (_name, payerId, childId, status) => {
    const bound = await requestBinding(opened.db, sms, await sign(opened.db, payerId), childId, AT, TODAY);
    expect(bound).toMatchObject({ ok: true, status });
  });
});
