/**
 * A withdrawal of consent, or a revoke of a 家庭共济 binding, against the act it ends (issue 13, ADR 0014):
 * either the act lands before the withdrawal or it is refused after it — never an act after a
 * withdrawal that committed first. Told by the audit trail: the act's event must come before the
 * withdrawal's.
 *
 * On PostgreSQL the interleaving is forced: a third transaction holds a row the act needs *after* its
 * right check (the draft it deletes, the account it debits), the act is parked there, and the
 * withdrawal is started while it waits. Without the act's row lock the withdrawal commits at once and
 * the act, released, lands after it. PGlite has one connection, so there both simply run at once.
 */
import { and, eq, inArray } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { capturingSms } from "@/lib/auth/testing";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, employeeAccount, registrationDraft } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { rowsOf } from "@/lib/db/driver";
import type { Db, Tx } from "@/lib/db/types";
import { DEMO_HOUSEHOLDS } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { decideConsent, requestConsent } from "./enrollment/consent";
import { saveRegistrationStep, startRegistration, submitRegistration } from "./enrollment/registration";
import { actorFor } from "./enrollment/testing";
import { confirmBindingByCode, decideBinding, requestBinding } from "./family/bindings";
import { payFromAccount } from "./family/pay";
import { issueNotice } from "./payment/notices";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const person = (id: string) => DEMO_HOUSEHOLDS.flatMap((h) => h.members).find((m) => m.id === id)!;
const sign = (db: Db, id: string) => actorFor(db, id, person(id).phone!, AT);
const sms = capturingSms();

/** A transaction of its own that has taken a row lock and keeps it until released. */
async function hold(db: Db, lock: (tx: Tx) => Promise<unknown>): Promise<() => Promise<void>> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let locked!: () => void;
  const isLocked = new Promise<void>((resolve) => (locked = resolve));
  const done = db.transaction(async (tx) => {
    await lock(tx);
    locked();
    await released;
  });
  await isLocked;
  return async () => {
    release();
    await done;
  };
}

/** Resolves once `count` sessions of this database wait for a lock (polled; fails after 10 s). */
async function waitersReach(db: Db, count: number): Promise<void> {
  for (let tries = 0; tries < 500; tries += 1) {
    const [row] = rowsOf<{ n: number }>(
      await db.execute("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'"),
    );
    if ((row?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`never ${count} waiting for a lock`);
}

/**
 * Runs the act and the withdrawal so that the withdrawal starts while the act is between its right
 * check and its commit (PostgreSQL), or at the same moment (PGlite).
 */
async function race<A, W>(opened: OpenDatabase, park: (tx: Tx) => Promise<unknown>, act: () => Promise<A>, withdraw: () => Promise<W>): Promise<[A, W]> {
  if (opened.kind === "pglite") return Promise.all([act(), withdraw()]);
  const release = await hold(opened.db, park);
  const acting = act();
  await waitersReach(opened.db, 1);
  const withdrawing = withdraw();
  // The withdrawal either commits now (no lock on the act's side) or waits behind the act.
  await Promise.race([withdrawing, waitersReach(opened.db, 2)]);
  await release();
  return Promise.all([acting, withdrawing]);
}

/** The audit ids of the act's and the withdrawal's events. */
async function order(db: Db, act: string, withdrawal: string): Promise<{ act?: number; withdrawal?: number }> {
  const rows = await db
    .select({ id: auditEvent.id, action: auditEvent.action })
    .from(auditEvent)
    .where(and(inArray(auditEvent.action, [act, withdrawal] as never[]), eq(auditEvent.outcome, "success")));
  return { act: rows.find((r) => r.action === act)?.id, withdrawal: rows.find((r) => r.action === withdrawal)?.id };
}

describe("a withdrawal or revoke against the act it ends", () => {
  let opened: OpenDatabase;
  beforeEach(async () => {
    opened = await createTestDatabase();
    await seedDemoRegistry(opened.db, AT);
  }, 120_000);
  afterEach(async () => opened?.close());

  it("a consent withdrawn while the agent submits the registration: submitted before, or refused", async () => {
    const db = opened.db;
    const agent = await sign(db, "nb-11-1"); // 陈桂芳, for her daughter 郑晓燕
    const principal = await sign(db, "nb-03-2");
    const asked = await requestConsent(db, sms, agent, { name: person("nb-03-2").name, idNumber: person("nb-03-2").idNumber, relation: "child" }, AT, TODAY);
    if (!asked.ok || !("delegationId" in asked)) throw new Error("consent not asked");
    expect(await decideConsent(db, principal, { delegationId: asked.delegationId, decision: "approve" }, AT)).toEqual({ ok: true });
    await startRegistration(db, agent, "nb-03-2", AT, TODAY);
    await saveRegistrationStep(db, agent, "facts", {}, AT, TODAY);
    expect(await saveRegistrationStep(db, agent, "details", { contactPhone: "13905749999" }, AT, TODAY)).toEqual({ ok: true, next: "check" });

    const [submitted, withdrawn] = await race(
      opened,
      (tx) => tx.select().from(registrationDraft).where(eq(registrationDraft.accountId, agent.accountId)).for("update"),
      () => submitRegistration(db, agent, "nb-03-2", AT, TODAY),
      () => decideConsent(db, principal, { delegationId: asked.delegationId, decision: "withdraw" }, AT),
    );
    expect(withdrawn).toEqual({ ok: true });
    const events = await order(db, "registration.submitted", "consent.withdrawn");
    if (submitted.ok) expect(events.act!, "the registration landed after the withdrawal").toBeLessThan(events.withdrawal!);
    else expect(submitted).toMatchObject({ ok: false, reason: "consent-required" });
    if (opened.kind === "postgres") expect(submitted.ok, "on PostgreSQL the parked submission holds the consent: it lands first").toBe(true);
  }, 60_000);

  it("a 家庭共济 binding revoked while the payer's account is debited: debited before, or refused", async () => {
    const db = opened.db;
    const payer = await sign(db, "nb-02-1"); // 周美玲, for her father 周建华
    const father = await sign(db, "nb-12-1");
    const requested = await requestBinding(db, sms, payer, "nb-12-1", AT, TODAY);
    if (!requested.ok) throw new Error(requested.reason);
    expect(await confirmBindingByCode(db, payer, { bindingId: requested.bindingId, code: sms.lastCode() }, AT)).toMatchObject({ ok: true });
    const notice = await issueNotice(db, father, { kind: "renewal", personId: "nb-12-1" }, AT, TODAY);
    if (!notice.ok) throw new Error(notice.reason);

    const [paid, revoked] = await race(
      opened,
      (tx) => tx.select().from(employeeAccount).where(eq(employeeAccount.personId, "nb-02-1")).for("update"),
      () => payFromAccount(db, payer, { bindingId: requested.bindingId, noticeNumber: notice.number }, AT, TODAY),
      () => decideBinding(db, father, { bindingId: requested.bindingId, decision: "revoke" }, AT),
    );
    expect(revoked).toEqual({ ok: true });
    const events = await order(db, "family.account-paid", "family.binding-revoked");
    if (paid.ok) expect(events.act!, "the debit landed after the revoke").toBeLessThan(events.withdrawal!);
    else expect(paid).toMatchObject({ ok: false, reason: "not-bound" });
    if (opened.kind === "postgres") expect(paid.ok, "on PostgreSQL the parked debit holds the binding: it lands first").toBe(true);
  }, 60_000);
});
