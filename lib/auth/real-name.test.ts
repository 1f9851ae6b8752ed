import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { account, auditEvent, registryPerson } from "@/lib/db/schema";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import { bindRealName } from "./real-name";
import { composeIdNumber } from "@/lib/identity/id-number";
import { resolveSession } from "./sessions";
import { capturingSms, signInForTest } from "./testing";

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

const sms = capturingSms();

async function bind(phone: string, name: string, idNumber: string, at = minutes(1)) {
  const signedIn = await signInForTest(database.db, phone, T0);
  const result = await bindRealName(database.db, sms, { accountId: signedIn.accountId, name, idNumber, clientAddress: ADDRESS, sessionToken: signedIn.sessionToken }, at, TODAY);
  return { signedIn, result };
}

describe("real-name binding", () => {
  it("binds the account when name and ID number match the registry, and rotates the session", async () => {
    const lin = person("林志强");
    const { signedIn, result } = await bind(lin.phone!, ` ${lin.name} `, lin.idNumber.toLowerCase());
    expect(result).toMatchObject({ ok: true, personId: lin.id });
    if (!result.ok) return;
    expect(await resolveSession(database.db, signedIn.sessionToken, minutes(2))).toBeNull();
    expect(await resolveSession(database.db, result.sessionToken, minutes(2))).toMatchObject({ personId: lin.id });
  });

  it("accepts a transliterated name without its middle dot", async () => {
    const anna = person("安娜·施密特");
    expect((await bind(anna.phone!, "安娜 施密特", anna.idNumber)).result).toMatchObject({ ok: true, personId: anna.id });
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
    const signedIn = await signInForTest(database.db, zhao.phone!, T0);
    const attempt = (name: string, at: Date) =>
      bindRealName(database.db, sms, { accountId: signedIn.accountId, name, idNumber: zhao.idNumber, clientAddress: ADDRESS, sessionToken: signedIn.sessionToken }, at, TODAY);
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push(await attempt("赵国强", minutes(1 + i)));
    expect(outcomes.slice(0, 4)).toEqual([4, 3, 2, 1].map((attemptsLeft) => ({ ok: false, reason: "unconfirmed", attemptsLeft })));
    expect(outcomes[4]).toEqual({ ok: false, reason: "locked", lockedUntil: minutes(65) });
    // Locked even for the right name, until the hour is up; then the count starts again.
    expect(await attempt(zhao.name, minutes(30))).toMatchObject({ ok: false, reason: "locked" });
    expect(await attempt("赵国强", minutes(66))).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
    expect(await attempt(zhao.name, minutes(67))).toMatchObject({ ok: true, personId: zhao.id });
  });

  it("counts concurrent attempts one by one", async () => {
    const wu = person("吴俊杰");
    const signedIn = await signInForTest(database.db, "13800002005", T0);
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () =>
        bindRealName(database.db, sms, { accountId: signedIn.accountId, name: "某某", idNumber: wu.idNumber, clientAddress: ADDRESS, sessionToken: undefined }, minutes(1), TODAY),
      ),
    );
    expect(outcomes.filter((o) => !o.ok && o.reason === "unconfirmed")).toHaveLength(4);
    expect(outcomes.filter((o) => !o.ok && o.reason === "locked")).toHaveLength(8);
  });

  it("does not bind a person already bound to another phone, nor a child", async () => {
    const lin = person("林志强");
    const { signedIn, result } = await bind("13800002006", lin.name, lin.idNumber);
    expect(result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
    const [row] = await database.db.select().from(account).where(eq(account.id, signedIn.accountId));
    expect(row).toMatchObject({ personId: null, claimPersonId: lin.id });
    // A child: on a stranger's phone the same answer (and no claim); on the registry's phone for them, told why.
    const child = person("周子航");
    const stranger = await bind("13800002007", child.name, child.idNumber);
    expect(stranger.result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
    expect((await database.db.select().from(account).where(eq(account.id, stranger.signedIn.accountId)))[0]).toMatchObject({ claimPersonId: null });
  });

  it("refuses a second binding of a bound account", async () => {
    const lin = person("林志强");
    const [row] = await database.db.select().from(account).where(eq(account.personId, lin.id));
    const result = await bindRealName(database.db, sms, { accountId: row!.id, name: lin.name, idNumber: lin.idNumber, clientAddress: ADDRESS, sessionToken: undefined }, minutes(5), TODAY);
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

describe("issue 13: a phone binds on name and ID number alone only when it is the registry's phone for the person", () => {
  const announcements = (phone: string) => sms.sent.filter((m) => m.phone === phone && m.text.includes("已通过实名认证绑定您的医保身份"));

  // who, which phone, what happens
  const cases: { who: string; phone: (p: ReturnType<typeof person>) => string; expected: "bound" | "needs-proof" }[] = [
    { who: "郑晓燕", phone: () => "13700009001", expected: "needs-proof" }, // a stranger's phone with the right name and number
    { who: "刘德明", phone: () => person("林思远").phone!, expected: "needs-proof" }, // another resident's registry phone
    { who: "孙浩然", phone: (p) => p.phone!, expected: "bound" }, // the registry's phone for him
    { who: "钱卫东", phone: (p) => p.phone!, expected: "bound" },
  ];
  it.each(cases)("$who on the phone given → $expected", async ({ who, phone, expected }) => {
    const p = person(who);
    const number = phone(p);
    const before = sms.sent.length;
    const { signedIn, result } = await bind(number, p.name, p.idNumber, minutes(2));
    const [row] = await database.db.select().from(account).where(eq(account.id, signedIn.accountId));
    if (expected === "bound") {
      expect(result).toMatchObject({ ok: true, personId: p.id });
      expect(row).toMatchObject({ personId: p.id, claimPersonId: null });
      expect(announcements(p.phone!)).toHaveLength(1);
      expect(announcements(p.phone!)[0]!.text).toContain(`手机号码${number.slice(0, 3)}****${number.slice(-4)}已通过`);
      expect(announcements(p.phone!)[0]!.text).toContain("12393");
    } else {
      expect(result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
      expect(row).toMatchObject({ personId: null, claimPersonId: p.id });
      expect(sms.sent.length).toBe(before); // nothing is announced for a binding that did not happen
      expect(await resolveSession(database.db, signedIn.sessionToken, minutes(3))).toMatchObject({ personId: null });
    }
  });

  it("the registry's phone does not silently replace a binding another phone holds", async () => {
    const huang = person("黄晓东");
    // A binding from before issue 13: some other phone holds him.
    const earlier = await signInForTest(database.db, "13700009002", T0);
    await database.db.update(account).set({ personId: huang.id, boundAt: T0 }).where(eq(account.id, earlier.accountId));
    const { signedIn, result } = await bind(huang.phone!, huang.name, huang.idNumber, minutes(2));
    expect(result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
    const rows = await database.db.select({ id: account.id, personId: account.personId }).from(account).where(eq(account.personId, huang.id));
    expect(rows).toEqual([{ id: earlier.accountId, personId: huang.id }]);
    const [mine] = await database.db.select().from(account).where(eq(account.id, signedIn.accountId));
    expect(mine).toMatchObject({ personId: null, claimPersonId: huang.id });
  });

  it("answers a stranger the same whether the name and number match nobody, someone else's name, the person, or a person bound elsewhere", async () => {
    const chen = person("陈桂芳");
    const nobody = composeIdNumber("330212", "19520312", "999");
    const [taken] = await database.db.select().from(registryPerson).where(eq(registryPerson.idNumber, nobody));
    expect(taken).toBeUndefined();
    const lin = person("林志强"); // bound to his own phone above
    const answers = [
      await bind("13700009003", chen.name, nobody),
      await bind("13700009004", `${chen.name}某`, chen.idNumber),
      await bind("13700009005", chen.name, chen.idNumber),
      await bind("13700009006", lin.name, lin.idNumber),
    ].map((a) => a.result);
    expect(answers).toEqual(Array(4).fill({ ok: false, reason: "unconfirmed", attemptsLeft: 4 }));
  });

  it("audits every announcement with a keyed reference of the registry phone, never the number", async () => {
    const rows = await database.db.select().from(auditEvent).where(eq(auditEvent.action, "real-name.announced"));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.outcome === "success" && r.phoneRef !== null)).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/1390574\d{4}/);
  });
});
