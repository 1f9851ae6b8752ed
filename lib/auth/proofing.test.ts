import { composeIdNumber } from "@/lib/identity/id-number";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { account, auditEvent, faceCheck } from "@/lib/db/schema";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import { decideLocalFace, faceVerifier, localFaceVerifier } from "./face-verification";
import { finishFaceCheck, loadClaim, sendRebindCode, startFaceCheck, verifyRebindCode } from "./proofing";
import { bindRealName } from "./real-name";
import { resolveSession } from "./sessions";
import { capturingSms, signInForTest } from "./testing";

const T0 = new Date("2025-11-20T02:00:00Z");
const TODAY = "2025-11-20";
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const ADDRESS = "192.0.2.20";

const person = (name: string) => {
  const found = DEMO_PEOPLE.find((p) => p.name === name);
  if (!found?.phone) throw new Error(name);
  return found as typeof found & { phone: string };
};
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

let database: OpenDatabase;
const sms = capturingSms();
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegistry(database.db, T0);
});
afterAll(async () => {
  await database.close();
});

const announcementsTo = (phone: string) => sms.sent.filter((m) => m.phone === phone && m.text.includes("已通过实名认证绑定您的医保身份"));

/** Signs a phone in and types the person's name and ID number: the claim the proofs must back. */
async function claim(phone: string, who: ReturnType<typeof person>, at = minutes(1)) {
  const signedIn = await signInForTest(database.db, phone, T0);
  const result = await bindRealName(database.db, sms, { accountId: signedIn.accountId, name: who.name, idNumber: who.idNumber, clientAddress: ADDRESS, sessionToken: signedIn.sessionToken }, at, TODAY);
  return { ...signedIn, result };
}

async function faceAttempt(accountId: string, sessionToken: string | undefined, outcome: "passed" | "failed" | null, at: Date) {
  const started = await startFaceCheck(database.db, localFaceVerifier, { accountId, clientAddress: ADDRESS }, at);
  if (!started.ok) return { started, finished: null };
  if (outcome) await decideLocalFace(database.db, started.providerRef, outcome, at);
  const finished = await finishFaceCheck(database.db, sms, localFaceVerifier, { accountId, clientAddress: ADDRESS, sessionToken }, at);
  return { started, finished };
}

const boundTo = async (personId: string) =>
  (await database.db.select({ id: account.id }).from(account).where(eq(account.personId, personId))).map((r) => r.id);

describe("face verification (刷脸认证)", () => {
  it("is offered, with the counter, to a stranger's phone that typed the right name and number; a pass binds and is announced", async () => {
    const zheng = person("郑晓燕");
    const stranger = await claim("13700008001", zheng);
    expect(stranger.result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
    expect(await loadClaim(database.db, stranger.accountId, true, minutes(2))).toEqual({ face: { attemptsLeft: 3, lockedUntil: null }, pendingFace: false, retypesLeft: 4 });

    const started = await startFaceCheck(database.db, localFaceVerifier, { accountId: stranger.accountId, clientAddress: ADDRESS }, minutes(2));
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    // Asynchronous, as a provider is: nothing happens until the check is done.
    expect(await finishFaceCheck(database.db, sms, localFaceVerifier, { accountId: stranger.accountId, clientAddress: ADDRESS, sessionToken: stranger.sessionToken }, minutes(3))).toEqual({
      ok: false,
      reason: "pending",
    });
    expect(await loadClaim(database.db, stranger.accountId, true, minutes(3))).toMatchObject({ pendingFace: true });
    expect(await decideLocalFace(database.db, started.providerRef, "passed", minutes(3))).toBe(true);
    expect(await decideLocalFace(database.db, started.providerRef, "failed", minutes(3))).toBe(false); // decided once

    const finished = await finishFaceCheck(database.db, sms, localFaceVerifier, { accountId: stranger.accountId, clientAddress: ADDRESS, sessionToken: stranger.sessionToken }, minutes(4));
    expect(finished).toMatchObject({ ok: true, personId: zheng.id });
    if (!finished.ok) return;
    expect(await resolveSession(database.db, stranger.sessionToken, minutes(5))).toBeNull();
    expect(await resolveSession(database.db, finished.sessionToken, minutes(5))).toMatchObject({ personId: zheng.id });
    expect(announcementsTo(zheng.phone)).toHaveLength(1);
    expect(announcementsTo(zheng.phone)[0]!.text).toContain(`手机号码${masked("13700008001")}`);
    const [check] = await database.db.select().from(faceCheck).where(eq(faceCheck.accountId, stranger.accountId));
    expect(check).toMatchObject({ status: "passed", provider: "local", usedAt: minutes(4) });
  });

  it("a fail does not bind and is counted; the third in 24 hours locks the face route, while the counter stays open", async () => {
    const sun = person("孙浩然");
    const stranger = await claim("13700008002", sun);
    const first = await faceAttempt(stranger.accountId, stranger.sessionToken, "failed", minutes(2));
    expect(first.finished).toEqual({ ok: false, reason: "failed", attemptsLeft: 2 });
    expect(await boundTo(sun.id)).toEqual([]);
    expect((await faceAttempt(stranger.accountId, stranger.sessionToken, "failed", minutes(3))).finished).toEqual({ ok: false, reason: "failed", attemptsLeft: 1 });
    const third = await faceAttempt(stranger.accountId, stranger.sessionToken, "failed", minutes(4));
    const lockedUntil = new Date(minutes(2).getTime() + 24 * 3600_000);
    expect(third.finished).toEqual({ ok: false, reason: "locked", lockedUntil });
    // Even a would-be pass cannot be started while locked.
    expect((await faceAttempt(stranger.accountId, stranger.sessionToken, "passed", minutes(5))).started).toEqual({ ok: false, reason: "locked", lockedUntil });
    expect(await loadClaim(database.db, stranger.accountId, true, minutes(5))).toMatchObject({ face: { attemptsLeft: 0, lockedUntil } });
    expect(await boundTo(sun.id)).toEqual([]);
    expect(announcementsTo(sun.phone)).toEqual([]);

    // The lock is the person's too: another phone claiming him is locked as well.
    const another = await claim("13700008003", sun, minutes(6));
    expect((await faceAttempt(another.accountId, another.sessionToken, "passed", minutes(6))).started).toMatchObject({ ok: false, reason: "locked" });
    const actions = (await database.db.select().from(auditEvent).where(eq(auditEvent.personId, sun.id))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["real-name.face-started", "real-name.face-failed", "real-name.face-lockout", "real-name.face-refused"]));
  });

  it("an abandoned check times out and is not a pass", async () => {
    const liu = person("刘德明");
    const stranger = await claim("13700008004", liu);
    const { finished } = await faceAttempt(stranger.accountId, stranger.sessionToken, null, minutes(2));
    expect(finished).toEqual({ ok: false, reason: "pending" });
    expect(await finishFaceCheck(database.db, sms, localFaceVerifier, { accountId: stranger.accountId, clientAddress: ADDRESS, sessionToken: undefined }, minutes(13))).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await boundTo(liu.id)).toEqual([]);
  });

  it("needs a live claim, and exists only where the deployment has a face adapter (never the local one in production)", async () => {
    const nobody = await signInForTest(database.db, "13700008005", T0);
    expect(await startFaceCheck(database.db, localFaceVerifier, { accountId: nobody.accountId, clientAddress: ADDRESS }, minutes(1))).toEqual({ ok: false, reason: "no-claim" });
    const qian = person("钱卫东");
    const late = await claim("13700008006", qian);
    expect(await loadClaim(database.db, late.accountId, true, minutes(40))).toBeNull(); // a claim lasts 30 minutes
    expect(await loadClaim(database.db, late.accountId, false, minutes(2))).toEqual({ face: null, pendingFace: false, retypesLeft: 4 });
    expect(faceVerifier({ NODE_ENV: "production" })).toBeNull();
    expect(faceVerifier({ NODE_ENV: "production", PORTAL_DEMO: "1" })).toBe(localFaceVerifier);
  });
});

describe("a person bound to another phone", () => {
  it("is never re-bound by name and ID number: not by a stranger, not by face, not by the registry's own phone", async () => {
    const zhao = person("赵一鸣");
    const stranger = await claim("13700008101", zhao);
    expect(stranger.result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
    const passed = await faceAttempt(stranger.accountId, stranger.sessionToken, "passed", minutes(2));
    expect(passed.finished).toMatchObject({ ok: true });
    // Now the real owner, on the registry's phone, is not silently swapped in; nor can anyone use face.
    const owner = await claim(zhao.phone, zhao, minutes(3));
    expect(owner.result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
    // The proof page reads as for any claim (issue 13); face cannot take over the binding.
    expect(await loadClaim(database.db, owner.accountId, true, minutes(3))).toEqual({ face: { attemptsLeft: 3, lockedUntil: null }, pendingFace: false, retypesLeft: 4 });
    expect(await startFaceCheck(database.db, localFaceVerifier, { accountId: owner.accountId, clientAddress: ADDRESS }, minutes(3))).toEqual({ ok: false, reason: "unavailable" });
    expect(await boundTo(zhao.id)).toEqual([stranger.accountId]);
  });

  it("moves to the new phone with the code sent to the old one: wrong codes count, the right one releases the old phone", async () => {
    const chen = person("陈桂芳");
    const old = await signInForTest(database.db, chen.phone, T0);
    const first = await bindRealName(database.db, sms, { accountId: old.accountId, name: chen.name, idNumber: chen.idNumber, clientAddress: ADDRESS, sessionToken: old.sessionToken }, minutes(1), TODAY);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(announcementsTo(chen.phone)).toHaveLength(1);

    const fresh = await claim("13700008102", chen, minutes(2));
    expect(fresh.result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
    expect(await verifyRebindCode(database.db, sms, { accountId: fresh.accountId, code: "123456", clientAddress: ADDRESS, sessionToken: fresh.sessionToken }, minutes(2))).toEqual({ ok: false, reason: "no-code" });
    const sent = await sendRebindCode(database.db, sms, { accountId: fresh.accountId, clientAddress: ADDRESS }, minutes(2));
    expect(sent).toEqual({ ok: true, validMinutes: 10 });
    const text = sms.sent.at(-1)!;
    expect(text.phone).toBe(chen.phone);
    expect(text.text).toContain(masked("13700008102"));
    const code = sms.lastCode();
    expect(await sendRebindCode(database.db, sms, { accountId: fresh.accountId, clientAddress: ADDRESS }, minutes(2.5))).toMatchObject({ ok: false, reason: "too-soon" });

    const wrong = code === "000000" ? "111111" : "000000";
    expect(await verifyRebindCode(database.db, sms, { accountId: fresh.accountId, code: wrong, clientAddress: ADDRESS, sessionToken: fresh.sessionToken }, minutes(3))).toEqual({
      ok: false,
      reason: "wrong-code",
      attemptsLeft: 4,
    });
    expect(await boundTo(chen.id)).toEqual([old.accountId]);
    const moved = await verifyRebindCode(database.db, sms, { accountId: fresh.accountId, code, clientAddress: ADDRESS, sessionToken: fresh.sessionToken }, minutes(4));
    expect(moved).toMatchObject({ ok: true, personId: chen.id });
    if (!moved.ok) return;
    expect(await boundTo(chen.id)).toEqual([fresh.accountId]);
    expect(await resolveSession(database.db, first.sessionToken, minutes(5))).toBeNull(); // the old phone is signed out
    expect(await resolveSession(database.db, moved.sessionToken, minutes(5))).toMatchObject({ personId: chen.id });
    expect(announcementsTo(chen.phone)).toHaveLength(2);
    expect(announcementsTo(chen.phone)[1]!.text).toContain(masked("13700008102"));
    // Single use.
    expect(await verifyRebindCode(database.db, sms, { accountId: fresh.accountId, code, clientAddress: ADDRESS, sessionToken: undefined }, minutes(5))).toEqual({ ok: false, reason: "already-bound" });
    const actions = (await database.db.select().from(auditEvent).where(eq(auditEvent.personId, chen.id))).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["real-name.rebind-code-sent", "real-name.rebind-code-failure", "real-name.released", "real-name.bound", "real-name.announced"]));
  });

  it("locks the old phone's code after five wrong tries", async () => {
    const huang = person("黄晓东");
    const old = await claim(huang.phone, huang);
    expect(old.result.ok).toBe(true);
    const fresh = await claim("13700008103", huang, minutes(2));
    await sendRebindCode(database.db, sms, { accountId: fresh.accountId, clientAddress: ADDRESS }, minutes(2));
    const code = sms.lastCode();
    const wrong = code === "000000" ? "111111" : "000000";
    const tries = [];
    for (let i = 0; i < 5; i += 1) tries.push(await verifyRebindCode(database.db, sms, { accountId: fresh.accountId, code: wrong, clientAddress: ADDRESS, sessionToken: undefined }, minutes(3)));
    expect(tries.at(-1)).toEqual({ ok: false, reason: "locked" });
    expect(await verifyRebindCode(database.db, sms, { accountId: fresh.accountId, code, clientAddress: ADDRESS, sessionToken: undefined }, minutes(3))).toEqual({ ok: false, reason: "locked" });
    expect(await boundTo(huang.id)).toEqual([old.accountId]);
  });
});

describe("issue 13: the proof steps answer a claim on nobody as any other", () => {
  it("the proof page, the face start and the old phone's code read the same for a number nobody has and for an unbound person", async () => {
    const nobody = { name: "陈桂芳", idNumber: composeIdNumber("330212", "19520312", "999") } as unknown as ReturnType<typeof person>;
    const ghost = await claim("13700008201", nobody);
    const real = await claim("13700008202", person("刘德明"));
    expect(ghost.result).toEqual(real.result);
    expect(await loadClaim(database.db, ghost.accountId, false, minutes(2))).toEqual(await loadClaim(database.db, real.accountId, false, minutes(2)));
    const before = sms.sent.length;
    const sends = [ghost, real].map((c) => sendRebindCode(database.db, sms, { accountId: c.accountId, clientAddress: ADDRESS }, minutes(2)));
    expect(await sends[0]).toEqual(await sends[1]);
    expect(await sends[0]).toEqual({ ok: true, validMinutes: 10 });
    expect(sms.sent.length).toBe(before); // nobody bound elsewhere: nothing is sent
    expect(await startFaceCheck(database.db, localFaceVerifier, { accountId: ghost.accountId, clientAddress: ADDRESS }, minutes(2))).toEqual({ ok: false, reason: "unavailable" });
  });
});

describe("two accounts binding one person at once (issue 13)", () => {
  it("the database lets exactly one bind; the other is refused as bound elsewhere, not an error", async () => {
    const people = ["林志强", "周美玲", "吴俊杰"].map(person);
    const races = [];
    for (const [i, who] of people.entries()) {
      // A stranger's phone has passed a face check for the person but not yet collected it…
      const stranger = await claim(`1370000890${i}`, who);
      expect(stranger.result).toEqual({ ok: false, reason: "unconfirmed", attemptsLeft: 4 });
      const started = await startFaceCheck(database.db, localFaceVerifier, { accountId: stranger.accountId, clientAddress: ADDRESS }, minutes(2));
      if (!started.ok) throw new Error("face check not started");
      await decideLocalFace(database.db, started.providerRef, "passed", minutes(2));
      // …while the registry's own phone signs in and types the same name and number.
      const owner = await signInForTest(database.db, who.phone, T0);
      races.push({ who, stranger, owner });
    }
    // Open the pool's connections first (PostgreSQL), so that the bindings really overlap.
    await Promise.all(Array.from({ length: 6 }, () => database.db.transaction(async (tx) => tx.execute(sql`select pg_sleep(0.05)`))));
    const outcomes = await Promise.all(
      races.flatMap(({ who, stranger, owner }) => [
        finishFaceCheck(database.db, sms, localFaceVerifier, { accountId: stranger.accountId, clientAddress: ADDRESS, sessionToken: stranger.sessionToken }, minutes(3)),
        bindRealName(database.db, sms, { accountId: owner.accountId, name: who.name, idNumber: who.idNumber, clientAddress: ADDRESS, sessionToken: owner.sessionToken }, minutes(3), TODAY),
      ]),
    );
    for (const [i, { who, stranger, owner }] of races.entries()) {
      const pair = outcomes.slice(2 * i, 2 * i + 2);
      expect(pair.filter((r) => r.ok)).toEqual([expect.objectContaining({ ok: true, personId: who.id })]);
      // The face route says so; the name-and-number route answers as for any claim (issue 13).
      expect(pair.filter((r) => !r.ok)).toEqual([pair[0]!.ok ? { ok: false, reason: "unconfirmed", attemptsLeft: 4 } : { ok: false, reason: "bound-elsewhere" }]);
      const winner = pair[0]!.ok ? stranger.accountId : owner.accountId;
      expect(await boundTo(who.id)).toEqual([winner]);
    }
  });
});
