import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindRealName } from "@/lib/auth/real-name";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { resolveSession } from "@/lib/auth/sessions";
import { capturingSms, signInForTest } from "@/lib/auth/testing";
import type { OpenDatabase } from "@/lib/db/open";
import { account, auditEvent, registryPerson } from "@/lib/db/schema";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import { loadMyConsents } from "@/lib/services/enrollment/my-enrollments";
import { bindAtCounter } from "./counter-binding";
import { counterPerson, findForCounter } from "./counter-lookup";

const T0 = new Date("2025-11-20T02:00:00Z");
const clerk = (staffNumber: string, overrides: Partial<StaffActor> = {}): StaffActor => ({ staffId: randomUUID(), staffNumber, roles: ["clerk"], region: null, ...overrides });
const staff0042 = clerk("staff-0042");
const staff0007 = clerk("staff-0007");
const staff1 = clerk("staff-1");
const later = (n: number) => new Date(T0.getTime() + n * 60_000);
const person = (name: string) => {
  const found = DEMO_PEOPLE.find((p) => p.name === name);
  if (!found?.phone) throw new Error(name);
  return found as typeof found & { phone: string };
};

let database: OpenDatabase;
const sms = capturingSms();
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegistry(database.db, T0);
});
afterAll(async () => {
  await database.close();
});

const boundTo = async (personId: string) => (await database.db.select({ phone: account.phone }).from(account).where(eq(account.personId, personId))).map((r) => r.phone);

describe("bindAtCounter (医保服务窗口)", () => {
  it("binds a new phone by number, announces it to the registry's phone and audits the staff member", async () => {
    const zheng = person("郑晓燕");
    const result = await bindAtCounter(database.db, staff0042, { phone: "137 0000 7001" }, zheng.id, later(1), sms);
    expect(result).toMatchObject({ ok: true, releasedAccountId: null });
    expect(await boundTo(zheng.id)).toEqual(["13700007001"]);
    const announced = sms.sent.filter((m) => m.phone === zheng.phone);
    expect(announced).toHaveLength(1);
    expect(announced[0]!.text).toContain("137****7001");
    const audit = await database.db.select().from(auditEvent).where(eq(auditEvent.personId, zheng.id));
    expect(audit.find((r) => r.action === "real-name.bound")).toMatchObject({ outcome: "success", staffId: staff0042.staffId, detail: { route: "counter", staffRef: "staff-0042" } });
    expect(audit.find((r) => r.action === "real-name.announced")).toMatchObject({ outcome: "success", staffId: staff0042.staffId, detail: { route: "counter", staffRef: "staff-0042" } });
  });

  it("replaces an existing binding (the old phone is released and signed out) and binds a signed-in account afresh", async () => {
    const sun = person("孙立新");
    const old = await signInForTest(database.db, sun.phone, T0);
    const bound = await bindRealName(database.db, sms, { accountId: old.accountId, name: sun.name, idNumber: sun.idNumber, clientAddress: "192.0.2.1", sessionToken: old.sessionToken }, later(1), "2025-11-20");
    expect(bound.ok).toBe(true);
    if (!bound.ok) return;
    const fresh = await signInForTest(database.db, "13700007002", T0);
    const result = await bindAtCounter(database.db, staff0007, { accountId: fresh.accountId }, sun.id, later(2), sms);
    expect(result).toEqual({ ok: true, accountId: fresh.accountId, releasedAccountId: old.accountId });
    expect(await boundTo(sun.id)).toEqual(["13700007002"]);
    expect(await resolveSession(database.db, bound.sessionToken, later(3))).toBeNull();
    expect(await resolveSession(database.db, fresh.sessionToken, later(3))).toBeNull(); // sign in again, now bound
    const released = await database.db.select().from(auditEvent).where(eq(auditEvent.action, "real-name.released"));
    expect(released.find((r) => r.accountId === old.accountId)).toMatchObject({ personId: sun.id, staffId: staff0007.staffId, detail: { route: "counter", staffRef: "staff-0007" } });
    expect(sms.sent.filter((m) => m.phone === sun.phone && m.text.includes("137****7002"))).toHaveLength(1);
  });

  it("records that nobody could be told when the registry has no phone for the person", async () => {
    const an = person("安娜·施密特");
    await database.db.update(registryPerson).set({ phone: null }).where(eq(registryPerson.id, an.id));
    const before = sms.sent.length;
    expect(await bindAtCounter(database.db, staff0042, { phone: "13700007003" }, an.id, later(4), sms)).toMatchObject({ ok: true });
    expect(sms.sent.length).toBe(before);
    const events = await database.db.select().from(auditEvent).where(eq(auditEvent.personId, an.id));
    expect(events.find((e) => e.action === "real-name.announced")).toMatchObject({ outcome: "refused", detail: { reason: "no-registry-phone" } });
  });

  it("refuses a child, an unknown person, a bad phone, an unknown account, and staff who are not its region's clerks", async () => {
    const child = DEMO_PEOPLE.find((p) => p.name === "周子航")!;
    expect(await bindAtCounter(database.db, staff1, { phone: "13700007004" }, child.id, later(5), sms)).toEqual({ ok: false, reason: "underage" });
    expect(await bindAtCounter(database.db, staff1, { phone: "13700007004" }, "nobody", later(5), sms)).toEqual({ ok: false, reason: "no-person" });
    expect(await bindAtCounter(database.db, staff1, { phone: "12345" }, child.id, later(5), sms)).toEqual({ ok: false, reason: "phone-invalid" });
    expect(await bindAtCounter(database.db, staff1, { accountId: "not-a-uuid" }, person("刘德明").id, later(5), sms)).toEqual({ ok: false, reason: "no-account" });
    expect(await bindAtCounter(database.db, clerk("r-1", { roles: ["reviewer", "admin"] }), { phone: "13700007004" }, person("刘德明").id, later(5), sms)).toEqual({ ok: false, reason: "staff-required" });
    const ningxiaClerk = clerk("nx-1", { region: "ningxia" });
    expect(await bindAtCounter(database.db, ningxiaClerk, { phone: "13700007004" }, person("刘德明").id, later(5), sms)).toEqual({ ok: false, reason: "out-of-region" });
    expect(await boundTo(person("刘德明").id)).toEqual([]);
    const refused = await database.db.select().from(auditEvent).where(eq(auditEvent.action, "real-name.counter-refused"));
    expect(refused).toHaveLength(4);
    expect(refused.at(-1)).toMatchObject({ staffId: ningxiaClerk.staffId, detail: { reason: "out-of-region", staffRef: "nx-1" } });
  });
});

describe("looking a resident up at the counter", () => {
  it("finds the card's ID number for a clerk, shows only masked numbers, and audits every showing", async () => {
    const qian = person("钱卫东");
    const desk = clerk("desk-9");
    expect(await findForCounter(database.db, desk, ` ${qian.idNumber.toLowerCase()} `, later(10))).toEqual({ ok: true, personId: qian.id });
    const shown = await counterPerson(database.db, desk, qian.id, later(10));
    expect(shown).toEqual({
      ok: true,
      person: { personId: qian.id, name: "钱卫东", idNumberMasked: "**************0514", age: 45, district: "余姚市", boundPhoneMasked: null, registryPhoneMasked: "139****0901" },
    });
    const events = await database.db.select().from(auditEvent).where(eq(auditEvent.staffId, desk.staffId));
    expect(events.map((e) => [e.action, e.outcome, e.personId])).toEqual([["office.counter-lookup", "success", qian.id]]);
  });

  it("refuses staff who are not clerks, clerks of another region, and numbers the registry does not hold", async () => {
    const qian = person("钱卫东");
    expect(await findForCounter(database.db, clerk("rv", { roles: ["reviewer"] }), qian.idNumber, later(11))).toEqual({ ok: false, reason: "staff-required" });
    expect(await counterPerson(database.db, clerk("nx-2", { region: "ningxia" }), qian.id, later(11))).toEqual({ ok: false, reason: "out-of-region" });
    const desk = clerk("desk-10");
    expect(await findForCounter(database.db, desk, "11010519491231002X", later(11))).toEqual({ ok: false, reason: "not-found" });
    expect(await findForCounter(database.db, desk, "12345", later(11))).toEqual({ ok: false, reason: "id-invalid" });
    const [refused] = await database.db.select().from(auditEvent).where(eq(auditEvent.staffId, desk.staffId));
    expect(refused).toMatchObject({ action: "office.counter-lookup", outcome: "refused", personId: null, detail: { reason: "not-found", staffRef: "desk-10" } });
    expect(JSON.stringify(refused)).not.toContain("11010519491231002X");
  });

  it("shows the resident what the office did, naming the staff number", async () => {
    const huang = person("黄晓东");
    const desk = clerk("0001");
    await counterPerson(database.db, desk, huang.id, later(12));
    const bound = await bindAtCounter(database.db, desk, { phone: "13700007009" }, huang.id, later(13), sms);
    if (!bound.ok) throw new Error(bound.reason);
    const { acts } = await loadMyConsents(database.db, { accountId: bound.accountId, personId: huang.id }, "2025-11-20");
    expect(acts.map((a) => [a.action, a.staffNumber])).toEqual([
      ["real-name.bound", "0001"],
      ["office.counter-lookup", "0001"],
    ]);
  });
});
