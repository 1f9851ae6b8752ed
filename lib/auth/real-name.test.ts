import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { account, auditEvent } from "@/lib/db/schema";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import { bindRealName } from "./real-name";
import { resolveSession } from "./sessions";
import { signInForTest } from "./testing";

const T0 = new Date("2025-11-20T02:00:00Z");
const TODAY = "2025-11-20";
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const ADDRESS = "192.0.2.10";

const person = (name: string) => {
  const found = DEMO_PEOPLE.find((p) => p.name === name);
  if (!found) throw new Error(name);
  return found;
};

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegistry(database.db, T0);
});
afterAll(async () => {
  await database.close();
});

async function bind(phone: string, name: string, idNumber: string, at = minutes(1)) {
  const signedIn = await signInForTest(database.db, phone, T0);
  const result = await bindRealName(database.db, { accountId: signedIn.accountId, name, idNumber, clientAddress: ADDRESS, sessionToken: signedIn.sessionToken }, at, TODAY);
  return { signedIn, result };
}

describe("real-name binding", () => {
  it("binds the account when name and ID number match the registry, and rotates the session", async () => {
    const lin = person("林志强");
    const { signedIn, result } = await bind("13800002001", ` ${lin.name} `, lin.idNumber.toLowerCase());
    expect(result).toMatchObject({ ok: true, personId: lin.id });
    if (!result.ok) return;
    expect(await resolveSession(database.db, signedIn.sessionToken, minutes(2))).toBeNull();
    expect(await resolveSession(database.db, result.sessionToken, minutes(2))).toMatchObject({ personId: lin.id });
  });

  it("accepts a transliterated name without its middle dot", async () => {
    const anna = person("安娜·施密特");
    expect((await bind("13800002002", "安娜 施密特", anna.idNumber)).result).toMatchObject({ ok: true, personId: anna.id });
  });

  it("says what is wrong with a malformed ID number, without counting it", async () => {
    const zhou = person("周美玲");
    const wrongCheck = zhou.idNumber.slice(0, 17) + (zhou.idNumber[17] === "1" ? "2" : "1");
    const { signedIn, result } = await bind("13800002003", zhou.name, wrongCheck);
    expect(result).toEqual({ ok: false, reason: "id-invalid", problem: "checkDigit" });
    const [row] = await database.db.select().from(account).where(eq(account.id, signedIn.accountId));
    expect(row?.realNameFailures).toBe(0);
  });

  it("does not say which of name or number was wrong, and locks for an hour after five", async () => {
    const zhao = person("赵国华");
    const signedIn = await signInForTest(database.db, "13800002004", T0);
    const attempt = (name: string, at: Date) =>
      bindRealName(database.db, { accountId: signedIn.accountId, name, idNumber: zhao.idNumber, clientAddress: ADDRESS, sessionToken: signedIn.sessionToken }, at, TODAY);
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(await attempt("赵国强", minutes(1 + i)));
    expect(outcomes.slice(0, 4)).toEqual([4, 3, 2, 1].map((attemptsLeft) => ({ ok: false, reason: "mismatch", attemptsLeft })));
    expect(outcomes[4]).toEqual({ ok: false, reason: "locked", lockedUntil: minutes(65) });
    // Locked even for the right name, until the hour is up; then the count starts again.
    expect(await attempt(zhao.name, minutes(30))).toMatchObject({ ok: false, reason: "locked" });
    expect(await attempt("赵国强", minutes(66))).toEqual({ ok: false, reason: "mismatch", attemptsLeft: 4 });
    expect(await attempt(zhao.name, minutes(67))).toMatchObject({ ok: true, personId: zhao.id });
  });

  it("counts concurrent mismatches one by one", async () => {
    const wu = person("吴俊杰");
    const signedIn = await signInForTest(database.db, "13800002005", T0);
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () =>
        bindRealName(database.db, { accountId: signedIn.accountId, name: "某某", idNumber: wu.idNumber, clientAddress: ADDRESS, sessionToken: undefined }, minutes(1), TODAY),
      ),
    );
    expect(outcomes.filter((o) => !o.ok && o.reason === "mismatch")).toHaveLength(4);
    expect(outcomes.filter((o) => !o.ok && o.reason === "locked")).toHaveLength(8);
  });

  it("refuses a person already bound to another phone, and a child", async () => {
    const lin = person("林志强");
    expect((await bind("13800002006", lin.name, lin.idNumber)).result).toEqual({ ok: false, reason: "bound-elsewhere" });
    const child = person("周子航");
    expect((await bind("13800002007", child.name, child.idNumber)).result).toEqual({ ok: false, reason: "underage" });
  });

  it("refuses a second binding of a bound account", async () => {
    const lin = person("林志强");
    const [row] = await database.db.select().from(account).where(eq(account.personId, lin.id));
    const result = await bindRealName(database.db, { accountId: row!.id, name: lin.name, idNumber: lin.idNumber, clientAddress: ADDRESS, sessionToken: undefined }, minutes(5), TODAY);
    expect(result).toEqual({ ok: false, reason: "already-bound" });
  });

  it("leaves an audit trail without ID numbers", async () => {
    const rows = await database.db.select().from(auditEvent);
    const actions = new Set(rows.map((r) => r.action));
    for (const action of ["real-name.bound", "real-name.failure", "real-name.lockout"]) expect(actions).toContain(action);
    const text = JSON.stringify(rows);
    expect(DEMO_PEOPLE.filter((p) => text.includes(p.idNumber) || text.includes(p.idNumber.slice(6, 14)))).toEqual([]);
  });
});
