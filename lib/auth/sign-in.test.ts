import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { account, auditEvent, otpChallenge, smsOutbox } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { sendSignInCode, verifySignInCode } from "./sign-in";
import { outboxSms } from "./sms";
import { capturingSms } from "./testing";

const T0 = new Date("2025-11-20T02:00:00Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const ADDRESS = "198.51.100.7";

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

/** Each test uses its own phone, so the tests share one database. */
let nextPhone = 13_800_000_100;
const usedPhones: string[] = [];
const freshPhone = () => {
  const phone = String((nextPhone += 1));
  usedPhones.push(phone);
  return phone;
};

async function send(phone: string, at = T0, address = ADDRESS) {
  const sms = capturingSms();
  const result = await sendSignInCode(database.db, sms, { phone, clientAddress: address }, at);
  return { result, sms };
}

describe("sending a code", () => {
  it("says what is wrong with the phone number", async () => {
    expect((await send("")).result).toEqual({ ok: false, reason: "phone-invalid", problem: "required" });
    expect((await send("1380013")).result).toEqual({ ok: false, reason: "phone-invalid", problem: "format" });
  });

  it("sends six digits and stores only a keyed hash of them", async () => {
    const phone = freshPhone();
    const { result, sms } = await send(`+86 ${phone.slice(0, 3)} ${phone.slice(3)}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(sms.sent).toEqual([{ phone, text: expect.stringMatching(/验证码是\d{6}，5分钟内有效/) }]);
    const code = sms.lastCode();
    const [row] = await database.db.select().from(otpChallenge).where(eq(otpChallenge.id, result.challengeId));
    expect(row?.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.codeHash).not.toContain(code);
    expect(row?.expiresAt).toEqual(later(300));
  });

  it("writes to the outbox with the local adapter", async () => {
    const phone = freshPhone();
    const result = await sendSignInCode(database.db, outboxSms, { phone, clientAddress: ADDRESS }, T0);
    expect(result.ok).toBe(true);
    const rows = await database.db.select().from(smsOutbox).where(eq(smsOutbox.phone, phone));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.body).toMatch(/\d{6}/);
  });

  it("waits 60 seconds before sending again, then replaces the earlier code", async () => {
    const phone = freshPhone();
    const first = await send(phone);
    expect((await send(phone, later(30))).result).toEqual({ ok: false, reason: "too-soon", retryAfterSeconds: 30 });
    const second = await send(phone, later(60));
    expect(second.result.ok).toBe(true);
    if (!first.result.ok || !second.result.ok) return;
    const old = await verifySignInCode(database.db, { challengeId: first.result.challengeId, code: first.sms.lastCode(), clientAddress: ADDRESS }, later(61));
    expect(old).toEqual({ ok: false, reason: "used" });
  });

  it("sends at most five codes an hour to one phone", async () => {
    const phone = freshPhone();
    const results = [];
    // The hour's window starts at the top of the hour; T0 is 02:00:00Z.
    for (let i = 0; i < 6; i += 1) results.push((await send(phone, later(i * 61))).result);
    expect(results.slice(0, 5).every((r) => r.ok)).toBe(true);
    expect(results[5]).toMatchObject({ ok: false, reason: "phone-limit" });
  });

  it("limits codes per client address, kept in the database", async () => {
    const address = "203.0.113.99";
    let refused = null;
    for (let i = 0; i < 201 && !refused; i += 1) {
      const { result } = await send(freshPhone(), T0, address);
      if (!result.ok) refused = { i, result };
    }
    expect(refused).toMatchObject({ i: 200, result: { ok: false, reason: "address-limit" } });
  });
});

describe("checking a code", () => {
  it("signs in with the right code once, creating the account", async () => {
    const phone = freshPhone();
    const { result, sms } = await send(phone);
    if (!result.ok) throw new Error("not sent");
    const input = { challengeId: result.challengeId, code: sms.lastCode(), clientAddress: ADDRESS };
    const signedIn = await verifySignInCode(database.db, input, later(10));
    expect(signedIn).toMatchObject({ ok: true, needsRealName: true, sessionToken: expect.any(String) });
    const [owner] = await database.db.select().from(account).where(eq(account.phone, phone));
    expect(owner?.lastSignInAt).toEqual(later(10));
    expect(await verifySignInCode(database.db, input, later(11))).toEqual({ ok: false, reason: "used" });
  });

  it("refuses a code that is not six digits without counting a try", async () => {
    const { result } = await send(freshPhone());
    if (!result.ok) throw new Error("not sent");
    expect(await verifySignInCode(database.db, { challengeId: result.challengeId, code: "12a", clientAddress: ADDRESS }, T0)).toEqual({
      ok: false,
      reason: "code-invalid",
    });
    const [row] = await database.db.select().from(otpChallenge).where(eq(otpChallenge.id, result.challengeId));
    expect(row?.attempts).toBe(0);
  });

  it("expires after five minutes", async () => {
    const { result, sms } = await send(freshPhone());
    if (!result.ok) throw new Error("not sent");
    const input = { challengeId: result.challengeId, code: sms.lastCode(), clientAddress: ADDRESS };
    expect(await verifySignInCode(database.db, input, later(300))).toEqual({ ok: false, reason: "expired" });
  });

  it("locks the code after five wrong tries, even for the right code", async () => {
    const { result, sms } = await send(freshPhone());
    if (!result.ok) throw new Error("not sent");
    const right = sms.lastCode();
    const wrong = right === "000000" ? "111111" : "000000";
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) {
      outcomes.push(await verifySignInCode(database.db, { challengeId: result.challengeId, code: wrong, clientAddress: ADDRESS }, later(i)));
    }
    expect(outcomes.map((o) => (o.ok ? "ok" : o.reason === "wrong-code" ? o.attemptsLeft : o.reason))).toEqual([4, 3, 2, 1, "locked"]);
    expect(await verifySignInCode(database.db, { challengeId: result.challengeId, code: right, clientAddress: ADDRESS }, later(6))).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("never allows more than five tries to 20 concurrent wrong guesses", async () => {
    const { result, sms } = await send(freshPhone());
    if (!result.ok) throw new Error("not sent");
    const wrong = sms.lastCode() === "999999" ? "888888" : "999999";
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () => verifySignInCode(database.db, { challengeId: result.challengeId, code: wrong, clientAddress: ADDRESS }, later(1))),
    );
    const counted = outcomes.filter((o) => !o.ok && o.reason === "wrong-code").length;
    expect(counted).toBe(4); // tries 1–4; the fifth wrong try locks
    expect(outcomes.filter((o) => !o.ok && o.reason === "locked")).toHaveLength(16);
    const [row] = await database.db.select().from(otpChallenge).where(eq(otpChallenge.id, result.challengeId));
    expect(row?.attempts).toBe(5);
  });

  it("signs in only once when the right code arrives 20 times at once", async () => {
    const { result, sms } = await send(freshPhone());
    if (!result.ok) throw new Error("not sent");
    const input = { challengeId: result.challengeId, code: sms.lastCode(), clientAddress: ADDRESS };
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => verifySignInCode(database.db, input, later(1))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
  });

  it("answers an unknown or malformed challenge plainly", async () => {
    const input = { code: "123456", clientAddress: ADDRESS };
    expect(await verifySignInCode(database.db, { ...input, challengeId: undefined }, T0)).toEqual({ ok: false, reason: "unknown" });
    expect(await verifySignInCode(database.db, { ...input, challengeId: "nope" }, T0)).toEqual({ ok: false, reason: "unknown" });
    expect(await verifySignInCode(database.db, { ...input, challengeId: "00000000-0000-4000-8000-000000000000" }, T0)).toEqual({
      ok: false,
      reason: "unknown",
    });
  });
});

describe("the audit trail of sign-in", () => {
  it("records sends, failures, lockouts and sign-ins without a phone number", async () => {
    const rows = await database.db.select().from(auditEvent);
    const actions = new Set(rows.map((r) => r.action));
    for (const action of ["sign-in.code-sent", "sign-in.code-refused", "sign-in.failure", "sign-in.lockout", "sign-in.success"]) {
      expect(actions).toContain(action);
    }
    const text = JSON.stringify(rows);
    expect(usedPhones.length).toBeGreaterThan(200);
    expect(usedPhones.filter((phone) => text.includes(phone) || text.includes(phone.slice(3)))).toEqual([]);
    expect(rows.every((r) => r.phoneRef === null || /^[0-9a-f]{16}$/.test(r.phoneRef))).toBe(true);
  });

  it("cannot be changed or deleted", async () => {
    const appendOnly = { cause: { message: expect.stringMatching(/append-only/) } };
    await expect(database.db.execute(sql`update audit_event set outcome = 'success'`)).rejects.toMatchObject(appendOnly);
    await expect(database.db.execute(sql`delete from audit_event`)).rejects.toMatchObject(appendOnly);
  });
});
