import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindRealName } from "@/lib/auth/real-name";
import { resolveSession } from "@/lib/auth/sessions";
import { capturingSms, signInForTest } from "@/lib/auth/testing";
import type { OpenDatabase } from "@/lib/db/open";
import { account, auditEvent, registryPerson } from "@/lib/db/schema";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import { bindAtCounter } from "./counter-binding";

const T0 = new Date("2025-11-20T02:00:00Z");
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
    const result = await bindAtCounter(database.db, "staff-0042", { phone: "137 0000 7001" }, zheng.id, later(1), sms);
    expect(result).toMatchObject({ ok: true, releasedAccountId: null });
    expect(await boundTo(zheng.id)).toEqual(["13700007001"]);
    const announced = sms.sent.filter((m) => m.phone === zheng.phone);
    expect(announced).toHaveLength(1);
    expect(announced[0]!.text).toContain("137****7001");
    const audit = await database.db.select().from(auditEvent).where(eq(auditEvent.personId, zheng.id));
    expect(audit.find((r) => r.action === "real-name.bound")).toMatchObject({ outcome: "success", detail: { route: "counter", staffRef: "staff-0042" } });
    expect(audit.find((r) => r.action === "real-name.announced")).toMatchObject({ outcome: "success", detail: { route: "counter", staffRef: "staff-0042" } });
  });

  it("replaces an existing binding (the old phone is released and signed out) and binds a signed-in account afresh", async () => {
    const sun = person("孙立新");
    const old = await signInForTest(database.db, sun.phone, T0);
    const bound = await bindRealName(database.db, sms, { accountId: old.accountId, name: sun.name, idNumber: sun.idNumber, clientAddress: "192.0.2.1", sessionToken: old.sessionToken }, later(1), "2025-11-20");
    expect(bound.ok).toBe(true);
    if (!bound.ok) return;
    const fresh = await signInForTest(database.db, "13700007002", T0);
    const result = await bindAtCounter(database.db, "staff-0007", { accountId: fresh.accountId }, sun.id, later(2), sms);
    expect(result).toEqual({ ok: true, accountId: fresh.accountId, releasedAccountId: old.accountId });
    expect(await boundTo(sun.id)).toEqual(["13700007002"]);
    expect(await resolveSession(database.db, bound.sessionToken, later(3))).toBeNull();
    expect(await resolveSession(database.db, fresh.sessionToken, later(3))).toBeNull(); // sign in again, now bound
    const released = await database.db.select().from(auditEvent).where(eq(auditEvent.action, "real-name.released"));
    expect(released.find((r) => r.accountId === old.accountId)).toMatchObject({ personId: sun.id, detail: { route: "counter", staffRef: "staff-0007" } });
    expect(sms.sent.filter((m) => m.phone === sun.phone && m.text.includes("137****7002"))).toHaveLength(1);
  });

  it("records that nobody could be told when the registry has no phone for the person", async () => {
    const an = person("安娜·施密特");
    await database.db.update(registryPerson).set({ phone: null }).where(eq(registryPerson.id, an.id));
    const before = sms.sent.length;
    expect(await bindAtCounter(database.db, "staff-0042", { phone: "13700007003" }, an.id, later(4), sms)).toMatchObject({ ok: true });
    expect(sms.sent.length).toBe(before);
    const events = await database.db.select().from(auditEvent).where(eq(auditEvent.personId, an.id));
    expect(events.find((e) => e.action === "real-name.announced")).toMatchObject({ outcome: "refused", detail: { reason: "no-registry-phone" } });
  });

  it("refuses a child, an unknown person, a bad phone, an unknown account and a missing staff reference", async () => {
    const child = DEMO_PEOPLE.find((p) => p.name === "周子航")!;
    expect(await bindAtCounter(database.db, "staff-1", { phone: "13700007004" }, child.id, later(5), sms)).toEqual({ ok: false, reason: "underage" });
    expect(await bindAtCounter(database.db, "staff-1", { phone: "13700007004" }, "nobody", later(5), sms)).toEqual({ ok: false, reason: "no-person" });
    expect(await bindAtCounter(database.db, "staff-1", { phone: "12345" }, child.id, later(5), sms)).toEqual({ ok: false, reason: "phone-invalid" });
    expect(await bindAtCounter(database.db, "staff-1", { accountId: "not-a-uuid" }, person("刘德明").id, later(5), sms)).toEqual({ ok: false, reason: "no-account" });
    expect(await bindAtCounter(database.db, " ", { phone: "13700007004" }, person("刘德明").id, later(5), sms)).toEqual({ ok: false, reason: "staff-required" });
    const refused = await database.db.select().from(auditEvent).where(eq(auditEvent.action, "real-name.counter-refused"));
    expect(refused).toHaveLength(3);
  });
});
