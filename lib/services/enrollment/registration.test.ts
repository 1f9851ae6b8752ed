import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturingSms } from "@/lib/auth/testing";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, correctionRequest, delegation, enrollment, registryAssistance } from "@/lib/db/schema";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { isValidReference } from "@/lib/numbers/enrollment-reference";
import type { Actor } from "../people/right-to-act";
import { confirmConsent, decideConsent, requestConsent } from "./consent";
import { requestCorrection } from "./corrections";
import { loadMyConsents, loadMyEnrollments } from "./my-enrollments";
import { cancelRegistration, loadDraft, saveRegistrationStep, startRegistration, submitRegistration } from "./registration";
import { violates } from "@/lib/db/driver";
import { actorFor } from "./testing";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const later = (minutes: number) => new Date(AT.getTime() + minutes * 60_000);

let opened: OpenDatabase;
let db: Db;
let xiaoyan: Actor; // 郑晓燕: local adult, never enrolled; mother of the newborn 吴若溪; daughter of 陈桂芳
let junjie: Actor; // 吴俊杰: employee insurance; father of 吴若溪
let guifang: Actor; // 陈桂芳: 郑晓燕's mother, another household

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  xiaoyan = await actorFor(db, "nb-03-2", "13905740302", AT);
  junjie = await actorFor(db, "nb-03-1", "13905740301", AT);
  guifang = await actorFor(db, "nb-11-1", "13905741101", AT);
}, 120_000);
afterAll(async () => opened?.close());

async function registerThrough(actor: Actor, personId: string, details: Record<string, string> = { contactPhone: "13905740302" }) {
  expect(await startRegistration(db, actor, personId, AT, TODAY)).toEqual({ ok: true, step: "facts" });
  expect(await saveRegistrationStep(db, actor, "facts", {}, AT, TODAY)).toEqual({ ok: true, next: "details" });
  expect(await saveRegistrationStep(db, actor, "details", details, AT, TODAY)).toEqual({ ok: true, next: "check" });
  return submitRegistration(db, actor, personId, AT, TODAY);
}

describe("registering oneself", () => {
  it("stores the request, the rules' answer and the pack, with a reference number that checks", async () => {
    const result = await registerThrough(xiaoyan, "nb-03-2");
    if (!result.ok) throw new Error(result.reason);
    expect(isValidReference(result.reference)).toBe(true);
    const [row] = await db.select().from(enrollment).where(eq(enrollment.id, result.enrollmentId));
    expect(row).toMatchObject({ personId: "nb-03-2", coverageYear: 2026, packId: "ningbo-2026", status: "registered", actingAs: "self", category: "adult" });
    expect(row!.request.person).toMatchObject({ birthDate: "1992-03-15", residency: "local-hukou", otherInsurance: "none" });
    expect(row!.answer).toMatchObject({ eligible: true, policy: { id: "ningbo-2026" }, contribution: { payable: 78000 } });
    expect(row!.packFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(await loadDraft(db, xiaoyan.accountId)).toBeNull();
  });

  it("never changes the decision afterwards: the registry changing leaves it as decided, and the database refuses an edit", async () => {
    const [row] = await db.select().from(enrollment).where(eq(enrollment.personId, "nb-03-2"));
    await db.insert(registryAssistance).values({ personId: "nb-03-2", packId: "ningbo-2026", groupCode: "minimum-living", source: "seed", importedAt: AT });
    const [mine] = await loadMyEnrollments(db, xiaoyan, TODAY);
    expect(mine!.enrollments[0]).toMatchObject({ reference: row!.reference, payableFen: 78000, packChanged: false });
    await expect(db.update(enrollment).set({ answer: { ...row!.answer, eligible: false } }).where(eq(enrollment.id, row!.id))).rejects.toThrow();
    await expect(db.update(enrollment).set({ packId: "ningbo-2023" }).where(eq(enrollment.id, row!.id))).rejects.toThrow();
    await expect(db.delete(enrollment).where(eq(enrollment.id, row!.id))).rejects.toThrow();
    await db.delete(registryAssistance).where(eq(registryAssistance.personId, "nb-03-2"));
  });

  it("refuses a second registration for the same year with the first one's reference", async () => {
    const [row] = await db.select().from(enrollment).where(eq(enrollment.personId, "nb-03-2"));
    expect(await startRegistration(db, xiaoyan, "nb-03-2", AT, TODAY)).toEqual({ ok: true, step: "facts" });
    expect(await saveRegistrationStep(db, xiaoyan, "facts", {}, AT, TODAY)).toEqual({ ok: false, reason: "not-registrable" });
    expect(await submitRegistration(db, xiaoyan, "nb-03-2", AT, TODAY)).toEqual({ ok: false, reason: "already-registered", reference: row!.reference });
  });

  it("cancels before payment, once; a cancelled registration no longer blocks a new one", async () => {
    const [row] = await db.select().from(enrollment).where(eq(enrollment.personId, "nb-03-2"));
    expect(await cancelRegistration(db, guifang, row!.id, AT, TODAY)).toEqual({ ok: false, reason: "consent-required" });
    expect(await cancelRegistration(db, xiaoyan, row!.id, AT, TODAY)).toEqual({ ok: true, reference: row!.reference });
    expect(await cancelRegistration(db, xiaoyan, row!.id, AT, TODAY)).toEqual({ ok: false, reason: "not-cancellable" });
    const again = await registerThrough(xiaoyan, "nb-03-2");
    expect(again.ok).toBe(true);
    const [mine] = await loadMyEnrollments(db, xiaoyan, TODAY);
    expect(mine!.enrollments.map((e) => e.status)).toEqual(["registered", "cancelled"]);
  });
});

describe("who may be registered", () => {
  it("a minor child in the same household by either parent; not by someone else", async () => {
    expect(await startRegistration(db, guifang, "nb-03-3", AT, TODAY)).toEqual({ ok: false, reason: "not-related" });
    const result = await registerThrough(junjie, "nb-03-3", { contactPhone: "13905740301" });
    expect(result).toMatchObject({ ok: true });
    const [row] = await db.select().from(enrollment).where(eq(enrollment.personId, "nb-03-3"));
    expect(row).toMatchObject({ actingAs: "guardian", category: "infant", actorPersonId: "nb-03-1" });
  });

  it("someone in employee insurance is refused with the reason (insured where)", async () => {
    await startRegistration(db, junjie, "nb-03-1", AT, TODAY);
    const result = await submitRegistration(db, junjie, "nb-03-1", AT, TODAY);
    expect(result).toMatchObject({ ok: false, reason: "not-eligible" });
    if (result.ok || !("answer" in result)) throw new Error("expected an answer");
    expect(result.answer.ineligibility.map((r) => r.code)).toContain("duplicate.employee-insurance");
  });

  it("renewal and school students are not registered here", async () => {
    const linzhiqiang = await actorFor(db, "nb-01-1", "13905740101", AT);
    await startRegistration(db, linzhiqiang, "nb-01-1", AT, TODAY);
    expect(await submitRegistration(db, linzhiqiang, "nb-01-1", AT, TODAY)).toMatchObject({ ok: false, reason: "renewal" });
    const qian = await actorFor(db, "nb-09-1", "13905740901", AT);
    await startRegistration(db, qian, "nb-09-2", AT, TODAY);
    expect(await submitRegistration(db, qian, "nb-09-2", AT, TODAY)).toMatchObject({ ok: false, reason: "school" });
  });

  it("a preschool child through a parent's permit needs that permit's number, checked against the registry", async () => {
    const liu = await actorFor(db, "nb-06-1", "13905740601", AT);
    await startRegistration(db, liu, "nb-06-2", AT, TODAY);
    await saveRegistrationStep(db, liu, "facts", {}, AT, TODAY);
    expect(await saveRegistrationStep(db, liu, "details", { contactPhone: "139 0574 0601", permitNumber: "", parentPermitNumber: "" }, AT, TODAY)).toEqual({
      ok: false,
      errors: [{ field: "parentPermitNumber", key: "parentPermitRequired" }],
    });
    expect(await saveRegistrationStep(db, liu, "details", { contactPhone: "13905740601", parentPermitNumber: "330282-2024-009999" }, AT, TODAY)).toEqual({
      ok: false,
      errors: [{ field: "parentPermitNumber", key: "parentPermitMismatch" }],
    });
    expect(await saveRegistrationStep(db, liu, "details", { contactPhone: "13905740601", parentPermitNumber: "330282-2024-004521" }, AT, TODAY)).toEqual({ ok: true, next: "check" });
    expect(await submitRegistration(db, liu, "nb-06-2", AT, TODAY)).toMatchObject({ ok: true });
  });

  it("a draft is kept at its step until submitted (resume after signing in again)", async () => {
    const zhao = await actorFor(db, "nb-05-1", "13905740501", AT);
    const yiming = await actorFor(db, "nb-05-2", "13905740502", AT);
    await startRegistration(db, yiming, "nb-05-2", AT, TODAY);
    await saveRegistrationStep(db, yiming, "facts", {}, AT, TODAY);
    expect(await loadDraft(db, yiming.accountId)).toMatchObject({ personId: "nb-05-2", step: "details" });
    // 19 on the base date: an adult, whose father needs his consent.
    expect(await startRegistration(db, zhao, "nb-05-2", AT, TODAY)).toEqual({ ok: false, reason: "consent-required" });
  });

  it("a correction request is recorded and does not block", async () => {
    expect(await requestCorrection(db, junjie, "nb-03-1", { fact: "employee", note: "" }, AT, TODAY)).toEqual({
      ok: false,
      errors: [{ field: "note", key: "noteRequired" }],
    });
    expect(await requestCorrection(db, junjie, "nb-03-1", { fact: "employee", note: "我已离职" }, AT, TODAY)).toEqual({ ok: true });
    expect(await db.select().from(correctionRequest).where(eq(correctionRequest.personId, "nb-03-1"))).toHaveLength(1);
  });
});

describe("an adult relative's consent", () => {
  it("by the code sent to the relative's registered phone; then the registration; the relative sees every act", async () => {
    expect(await startRegistration(db, xiaoyan, "nb-11-1", AT, TODAY)).toEqual({ ok: false, reason: "consent-required" });
    const sms = capturingSms();
    const wrong = await requestConsent(db, sms, xiaoyan, { name: "陈桂芳", idNumber: "330212195203120469", relation: "spouse" }, AT, TODAY);
    expect(wrong).toEqual({ ok: false, reason: "not-matched" });
    const asked = await requestConsent(db, sms, xiaoyan, { name: "陈桂芳", idNumber: (await idOf("nb-11-1")), relation: "parent" }, AT, TODAY);
    if (!asked.ok || !("delegationId" in asked)) throw new Error("not asked");
    expect(asked.phoneMasked).toBe("139****1101");
    expect(sms.sent[0]!.phone).toBe("13905741101");
    expect(await loadMyConsents(db, guifang, TODAY)).toMatchObject({ pending: [{ agentName: "郑晓燕", relation: "parent" }] });
    const code = sms.lastCode();
    const bad = code === "000000" ? "111111" : "000000";
    expect(await confirmConsent(db, xiaoyan, { delegationId: asked.delegationId, code: bad }, later(1))).toEqual({ ok: false, reason: "wrong-code", attemptsLeft: 4 });
    expect(await confirmConsent(db, xiaoyan, { delegationId: asked.delegationId, code }, later(2))).toEqual({ ok: true, personId: "nb-11-1" });
    expect(await confirmConsent(db, xiaoyan, { delegationId: asked.delegationId, code }, later(2))).toEqual({ ok: false, reason: "used" });

    const result = await registerThrough(xiaoyan, "nb-11-1");
    expect(result).toMatchObject({ ok: true });
    const [row] = await db.select().from(enrollment).where(eq(enrollment.personId, "nb-11-1"));
    expect(row).toMatchObject({ actingAs: "delegate", delegationId: asked.delegationId });

    const mine = await loadMyConsents(db, guifang, TODAY);
    expect(mine.active).toMatchObject([{ agentName: "郑晓燕" }]);
    expect(mine.acts.map((a) => a.action)).toEqual(
      expect.arrayContaining(["consent.requested", "consent.confirmed", "registration.started", "registration.submitted"]),
    );
    expect(mine.acts.every((a) => a.actorName === "郑晓燕")).toBe(true);
  });

  it("withdrawal stops further acts and undoes nothing done", async () => {
    const [consent] = (await loadMyConsents(db, guifang, TODAY)).active;
    expect(await decideConsent(db, guifang, { delegationId: consent!.id, decision: "withdraw" }, later(5))).toEqual({ ok: true });
    const [row] = await db.select().from(enrollment).where(eq(enrollment.personId, "nb-11-1"));
    expect(row!.status).toBe("registered");
    expect(await cancelRegistration(db, xiaoyan, row!.id, later(6), TODAY)).toEqual({ ok: false, reason: "consent-required" });
    expect(await startRegistration(db, xiaoyan, "nb-11-1", later(6), TODAY)).toEqual({ ok: false, reason: "consent-required" });
    const people = await loadMyEnrollments(db, xiaoyan, TODAY);
    expect(people.map((p) => p.personId)).not.toContain("nb-11-1");
    // The relative cancels it themselves.
    expect(await cancelRegistration(db, guifang, row!.id, later(7), TODAY)).toMatchObject({ ok: true });
  });

  it("an expired code is refused; in-app approval on the relative's own page works instead", async () => {
    const sms = capturingSms();
    const asked = await requestConsent(db, sms, xiaoyan, { name: "陈 桂芳", idNumber: await idOf("nb-11-1"), relation: "parent" }, later(10), TODAY);
    if (!asked.ok || !("delegationId" in asked)) throw new Error("not asked");
    expect(await confirmConsent(db, xiaoyan, { delegationId: asked.delegationId, code: sms.lastCode() }, later(21))).toEqual({ ok: false, reason: "expired" });
    expect(await decideConsent(db, junjie, { delegationId: asked.delegationId, decision: "approve" }, later(22))).toEqual({ ok: false, reason: "not-found" });
    expect(await decideConsent(db, guifang, { delegationId: asked.delegationId, decision: "approve" }, later(22))).toEqual({ ok: true });
    expect((await loadMyEnrollments(db, xiaoyan, TODAY)).map((p) => p.personId)).toContain("nb-11-1");
  });

  it("five wrong codes lock the request", async () => {
    const sms = capturingSms();
    await decideConsent(db, guifang, { delegationId: (await loadMyConsents(db, guifang, TODAY)).active[0]!.id, decision: "withdraw" }, later(30));
    const asked = await requestConsent(db, sms, xiaoyan, { name: "陈桂芳", idNumber: await idOf("nb-11-1"), relation: "parent" }, later(30), TODAY);
    if (!asked.ok || !("delegationId" in asked)) throw new Error("not asked");
    const bad = sms.lastCode() === "000000" ? "111111" : "000000";
    const outcomes = [];
    for (let i = 0; i < 6; i += 1) {
      const result = await confirmConsent(db, xiaoyan, { delegationId: asked.delegationId, code: bad }, later(31));
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    expect(outcomes).toEqual(["wrong-code", "wrong-code", "wrong-code", "wrong-code", "locked", "locked"]);
    expect(await confirmConsent(db, xiaoyan, { delegationId: asked.delegationId, code: sms.lastCode() }, later(31))).toEqual({ ok: false, reason: "locked" });
  });

  it("audit events never hold an ID or phone number", async () => {
    const events = await db.select().from(auditEvent);
    const text = JSON.stringify(events);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    // A phone number, not a run of digits inside a UUID (a delegation id may hold "15029979465").
    expect(text).not.toMatch(/(?<![0-9a-f])1[3-9]\d{9}(?![0-9a-f])/i);
  });
});

describe("no double registration under concurrency", () => {
  it("20 concurrent submissions for one person end in one enrollment; the rest are told it is already registered", async () => {
    const zhang = await actorFor(db, "nb-10-1", "13905741001", AT);
    await startRegistration(db, zhang, "nb-10-1", AT, TODAY);
    await saveRegistrationStep(db, zhang, "facts", {}, AT, TODAY);
    await saveRegistrationStep(db, zhang, "details", { contactPhone: "13905741001" }, AT, TODAY);
    // Open the pool's connections first (PostgreSQL), so that the 20 really overlap.
    await Promise.all(Array.from({ length: 20 }, () => db.transaction(async (tx) => tx.execute(sql`select pg_sleep(0.05)`))));
    const results = await Promise.all(Array.from({ length: 20 }, () => submitRegistration(db, zhang, "nb-10-1", AT, TODAY)));
    const ok = results.filter((r) => r.ok);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => r.reason)).toEqual(Array(19).fill("already-registered"));
    const [count] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(enrollment)
      .where(and(eq(enrollment.personId, "nb-10-1"), eq(enrollment.coverageYear, 2026)));
    expect(count!.n).toBe(1);
    const caughtByIndex = (await db.select().from(auditEvent).where(and(eq(auditEvent.personId, "nb-10-1"), eq(auditEvent.action, "registration.refused")))).length;
    console.info(`[concurrency] 1 enrollment; ${19 - caughtByIndex} refused by the live-enrollment check, ${caughtByIndex} by the unique index`);
  });
});

describe("the database itself", () => {
  it("refuses a second live enrollment for a person and year, whatever the code does", async () => {
    const [live] = await db.select().from(enrollment).where(and(eq(enrollment.personId, "nb-10-1"), eq(enrollment.status, "registered")));
    const copy = { ...live!, id: undefined };
    const refused = await db
      .insert(enrollment)
      .values({ ...copy, reference: "CX202699999999X" })
      .then(() => null, (error: unknown) => error);
    expect(violates(refused, "enrollment_one_live_per_person_year")).toBe(true);
    await db.insert(enrollment).values({ ...copy, reference: "CX2026999999980", status: "cancelled", cancelledAt: AT });
  });
});

async function idOf(personId: string): Promise<string> {
  const rows = await db.execute(sql`select id_number from registry_person where id = ${personId}`);
  const list = (Array.isArray(rows) ? rows : (rows as unknown as { rows: { id_number: string }[] }).rows) as { id_number: string }[];
  return list[0]!.id_number;
}

describe("a consent request submitted twice at once", () => {
  it("10 concurrent requests for one relative make one pending request and one code; the rest are told it is already pending", async () => {
    const sms = capturingSms();
    const relative = { name: "陈桂芳", idNumber: await idOf("nb-11-1"), relation: "parent" };
    // Open the pool's connections first (PostgreSQL), so that the 10 really overlap.
    await Promise.all(Array.from({ length: 10 }, () => db.transaction(async (tx) => tx.execute(sql`select pg_sleep(0.05)`))));
    const results = await Promise.all(Array.from({ length: 10 }, () => requestConsent(db, sms, xiaoyan, relative, later(120), TODAY)));
    const asked = results.map((r) => (r.ok && "delegationId" in r ? r : null));
    expect(asked.every(Boolean)).toBe(true);
    expect(new Set(asked.map((r) => r!.delegationId)).size).toBe(1);
    expect(asked.filter((r) => r!.alreadyPending)).toHaveLength(9);
    expect(sms.sent).toHaveLength(1);
    const pending = await db
      .select({ id: delegation.id })
      .from(delegation)
      .where(and(eq(delegation.principalPersonId, "nb-11-1"), eq(delegation.agentPersonId, xiaoyan.personId), eq(delegation.status, "pending")));
    expect(pending).toEqual([{ id: asked[0]!.delegationId }]);
    // The code that went out confirms that request.
    expect(await confirmConsent(db, xiaoyan, { delegationId: asked[0]!.delegationId, code: sms.lastCode() }, later(121))).toEqual({ ok: true, personId: "nb-11-1" });
  });

  it("a request repeated after a minute still replaces the pending one with a new code, as before", async () => {
    const sms = capturingSms();
    const relative = { name: "郑晓燕", idNumber: await idOf("nb-03-2"), relation: "child" };
    const first = await requestConsent(db, sms, guifang, relative, later(200), TODAY);
    const again = await requestConsent(db, sms, guifang, relative, later(202), TODAY);
    if (!first.ok || !("delegationId" in first) || !again.ok || !("delegationId" in again)) throw new Error("not asked");
    expect(again.delegationId).not.toBe(first.delegationId);
    expect(again.alreadyPending).toBeUndefined();
    expect(sms.sent).toHaveLength(2);
  });
});
