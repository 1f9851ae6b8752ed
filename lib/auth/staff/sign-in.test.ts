import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, staffAccount } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { signInForTest } from "../testing";
import { acknowledgeRecoveryCodes, confirmEnrolment, enrolmentFor, pendingStage, recoveryCodesFor, setNewPassword } from "./enrolment";
import { resolveStaffSession } from "./sessions";
import { checkPassword, checkSecondFactor } from "./sign-in";
import { signOutStaff, signOutStaffEverywhere } from "./sign-out";
import { addStaffForTest, codeAt, signInStaffForTest } from "./testing";

const T0 = new Date("2025-11-20T02:00:00Z");
const minutes = (n: number, from = T0) => new Date(from.getTime() + n * 60_000);
const ADDRESS = "198.51.100.7";

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

const db = () => database.db;
const eventsOf = (staffId: string) => db().select().from(auditEvent).where(eq(auditEvent.staffId, staffId)).orderBy(auditEvent.id);
const password = (staff: { staffNumber: string }, typed: string, at = T0) => checkPassword(db(), { staffNumber: staff.staffNumber, password: typed, clientAddress: ADDRESS }, at);
const code = (pendingToken: string | undefined, typed: string, at = T0) => checkSecondFactor(db(), { pendingToken, code: typed, clientAddress: ADDRESS }, at);

async function pendingFor(staff: { staffNumber: string; password: string }, at = T0): Promise<string> {
  const result = await password(staff, staff.password, at);
  if (!result.ok) throw new Error(result.reason);
  return result.pendingToken;
}

describe("the office's sign-in: password, then the authenticator's code", () => {
  it("signs in with both, audited with the staff member; the step between is no session", async () => {
    const staff = await addStaffForTest(db(), T0, { roles: ["reviewer"], region: "ningxia" });
    const first = await password(staff, staff.password);
    expect(first).toMatchObject({ ok: true, next: "second-factor" });
    if (!first.ok) return;
    expect(await resolveStaffSession(db(), first.pendingToken, T0)).toBeNull();
    const second = await code(first.pendingToken, codeAt(staff.secret, T0));
    expect(second).toMatchObject({ ok: true, next: "done" });
    if (!second.ok || second.next !== "done") return;
    expect(await resolveStaffSession(db(), second.sessionToken, minutes(1))).toEqual({
      staffId: staff.staffId,
      staffNumber: staff.staffNumber,
      displayName: `测试 ${staff.staffNumber}`,
      roles: ["reviewer"],
      region: "ningxia",
    });
    expect((await eventsOf(staff.staffId)).map((e) => [e.action, e.outcome])).toEqual([
      ["office.sign-in.password-accepted", "success"],
      ["office.sign-in.success", "success"],
    ]);
    // The pending sign-in is used up.
    expect(await code(first.pendingToken, codeAt(staff.secret, T0, 1))).toEqual({ ok: false, reason: "stale" });
  });

  it("gives the same answer for an unknown staff number and a wrong password", async () => {
    const staff = await addStaffForTest(db(), T0);
    const wrong = await password(staff, "not the password");
    const unknown = await checkPassword(db(), { staffNumber: "NOBODY-1", password: staff.password, clientAddress: ADDRESS }, T0);
    expect(wrong).toEqual({ ok: false, reason: "wrong" });
    expect(unknown).toEqual(wrong);
    expect((await eventsOf(staff.staffId)).map((e) => e.detail)).toEqual([{ step: "password", reason: "wrong-password" }]);
    const [anonymous] = await db().select().from(auditEvent).where(eq(auditEvent.action, "office.sign-in.failure")).orderBy(auditEvent.id).then((rows) => rows.filter((r) => r.staffId === null));
    expect(anonymous?.detail).toMatchObject({ step: "password", reason: "unknown-number" });
    expect(JSON.stringify(anonymous)).not.toContain("NOBODY-1");
  });

  it("an unknown staff number locks after five tries, as an account would", async () => {
    const tries = [];
    for (let i = 0; i < 5; i += 1) tries.push(await checkPassword(db(), { staffNumber: "NOBODY-2", password: "guess", clientAddress: ADDRESS }, T0));
    expect(tries.slice(0, 4).every((t) => !t.ok && t.reason === "wrong")).toBe(true);
    expect(tries[4]).toMatchObject({ ok: false, reason: "locked" });
    // An account's fifth failure in a row is answered the same way.
    const staff = await addStaffForTest(db(), T0);
    for (let i = 0; i < 4; i += 1) expect(await password(staff, "guess")).toEqual({ ok: false, reason: "wrong" });
    expect(await password(staff, "guess")).toMatchObject({ ok: false, reason: "locked" });
  });

  it("refuses a wrong code with the tries left, then takes the right one", async () => {
    const staff = await addStaffForTest(db(), T0);
    const pending = await pendingFor(staff);
    const wrong = codeAt(staff.secret, T0) === "000000" ? "111111" : "000000";
    expect(await code(pending, wrong)).toEqual({ ok: false, reason: "wrong-code", attemptsLeft: 4 });
    expect(await code(pending, "12 34")).toEqual({ ok: false, reason: "code-invalid" });
    expect(await code(pending, codeAt(staff.secret, T0))).toMatchObject({ ok: true, next: "done" });
    const [row] = await db().select().from(staffAccount).where(eq(staffAccount.id, staff.staffId));
    expect(row?.failedAttempts).toBe(0);
  });

  it("locks the account after five failures, passwords and codes together, for 15 minutes", async () => {
    const staff = await addStaffForTest(db(), T0);
    for (let i = 0; i < 3; i += 1) expect(await password(staff, "wrong")).toEqual({ ok: false, reason: "wrong" });
    const pending = await pendingFor(staff);
    const wrong = codeAt(staff.secret, T0) === "000000" ? "111111" : "000000";
    expect(await code(pending, wrong)).toEqual({ ok: false, reason: "wrong-code", attemptsLeft: 1 });
    expect(await code(pending, wrong)).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 900 });
    // Locked: even the right password and code are refused, and the pending sign-in is over.
    expect(await code(pending, codeAt(staff.secret, T0))).toEqual({ ok: false, reason: "stale" });
    expect(await password(staff, staff.password, minutes(14))).toEqual({ ok: false, reason: "locked", retryAfterSeconds: 60 });
    const actions = (await eventsOf(staff.staffId)).map((e) => e.action);
    expect(actions.filter((a) => a === "office.sign-in.lockout")).toHaveLength(1);
    expect(actions.at(-1)).toBe("office.sign-in.refused");
    // Fifteen minutes later it may try again.
    await signInStaffForTest(db(), staff, minutes(15));
  });

  it("takes each code once: the same code again is refused, the next step's is taken", async () => {
    const staff = await addStaffForTest(db(), T0);
    await signInStaffForTest(db(), staff, T0);
    const again = await code(await pendingFor(staff), codeAt(staff.secret, T0));
    expect(again).toEqual({ ok: false, reason: "used", attemptsLeft: 4 });
    const earlier = await code(await pendingFor(staff), codeAt(staff.secret, T0, -1));
    expect(earlier).toMatchObject({ ok: false, reason: "used" });
    expect(await code(await pendingFor(staff), codeAt(staff.secret, T0, 1))).toMatchObject({ ok: true, next: "done" });
  });

  it("lets only one of two browsers in with the same code at once", async () => {
    const staff = await addStaffForTest(db(), T0);
    const [a, b] = [await pendingFor(staff), await pendingFor(staff)];
    const answers = await Promise.all([code(a, codeAt(staff.secret, T0)), code(b, codeAt(staff.secret, T0))]);
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    expect(answers.find((r) => !r.ok)).toMatchObject({ reason: "used" });
  });

  it("refuses a disabled account, and ends its sessions", async () => {
    const staff = await addStaffForTest(db(), T0);
    const session = await signInStaffForTest(db(), staff, T0);
    await db().update(staffAccount).set({ disabledAt: minutes(1) }).where(eq(staffAccount.id, staff.staffId));
    expect(await resolveStaffSession(db(), session, minutes(2))).toBeNull();
    expect(await password(staff, staff.password, minutes(2))).toEqual({ ok: false, reason: "disabled" });
    expect(await password(staff, "wrong", minutes(2))).toEqual({ ok: false, reason: "wrong" });
  });

  it("refuses a pending sign-in whose account was disabled meanwhile", async () => {
    const staff = await addStaffForTest(db(), T0);
    const pending = await pendingFor(staff);
    await db().update(staffAccount).set({ disabledAt: T0 }).where(eq(staffAccount.id, staff.staffId));
    expect(await code(pending, codeAt(staff.secret, T0))).toEqual({ ok: false, reason: "disabled" });
  });

  it("lets a pending sign-in expire after 10 minutes", async () => {
    const staff = await addStaffForTest(db(), T0);
    const pending = await pendingFor(staff);
    expect(await code(pending, codeAt(staff.secret, minutes(11)), minutes(11))).toEqual({ ok: false, reason: "stale" });
  });
});

describe("recovery codes", () => {
  it("are shown once at enrolment, stand in for a code, and each works once", async () => {
    const staff = await addStaffForTest(db(), T0, { enrolled: false });
    const pending = await pendingFor(staff);
    const enrolment = await enrolmentFor(db(), pending, T0);
    if (!enrolment) throw new Error("no enrolment");
    expect(await confirmEnrolment(db(), { pendingToken: pending, code: codeAt(enrolment.secret, T0), clientAddress: ADDRESS }, T0)).toEqual({ ok: true, next: "recovery-codes" });
    const codes = await recoveryCodesFor(db(), pending, T0);
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect(codes![0]).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(await acknowledgeRecoveryCodes(db(), { pendingToken: pending, clientAddress: ADDRESS }, T0)).toMatchObject({ ok: true, next: "done" });
    expect(await recoveryCodesFor(db(), pending, T0)).toBeNull();

    const typed = codes![3]!.toLowerCase().replace("-", " ");
    expect(await code(await pendingFor(staff, minutes(1)), typed, minutes(1))).toMatchObject({ ok: true, next: "done" });
    expect(await code(await pendingFor(staff, minutes(2)), typed, minutes(2))).toEqual({ ok: false, reason: "wrong-code", attemptsLeft: 4 });
    const used = (await eventsOf(staff.staffId)).find((e) => e.action === "office.recovery-code-used");
    expect(used?.detail).toEqual({ left: 9 });
    expect((await eventsOf(staff.staffId)).filter((e) => e.action === "office.sign-in.success").map((e) => e.detail.method)).toEqual(["enrolment", "recovery-code"]);
  });
});

describe("first sign-in of a new account: enrolment and a password of one's own", () => {
  it("goes password → QR and code → new password → recovery codes → session", async () => {
    const staff = await addStaffForTest(db(), T0, { enrolled: false, passwordChangeRequired: true });
    const first = await password(staff, staff.password);
    expect(first).toMatchObject({ ok: true, next: "enrol" });
    if (!first.ok) return;
    const pending = first.pendingToken;
    expect(await pendingStage(db(), pending, T0)).toMatchObject({ stage: "enrol", staffNumber: staff.staffNumber });
    const enrolment = await enrolmentFor(db(), pending, T0);
    expect(enrolment?.otpauthUri).toContain(`:${staff.staffNumber}?secret=${enrolment?.secret}`);
    // The second factor step is not open before enrolment; a wrong first code counts.
    expect(await code(pending, codeAt(enrolment!.secret, T0))).toEqual({ ok: false, reason: "stale" });
    const wrong = codeAt(enrolment!.secret, T0) === "000000" ? "111111" : "000000";
    expect(await confirmEnrolment(db(), { pendingToken: pending, code: wrong, clientAddress: ADDRESS }, T0)).toEqual({ ok: false, reason: "wrong-code", attemptsLeft: 4 });
    expect(await confirmEnrolment(db(), { pendingToken: pending, code: codeAt(enrolment!.secret, T0), clientAddress: ADDRESS }, T0)).toEqual({ ok: true, next: "new-password" });

    const set = (typed: string) => setNewPassword(db(), { pendingToken: pending, password: typed, clientAddress: ADDRESS }, T0);
    expect(await set("short")).toEqual({ ok: false, reason: "password", problem: "too-short" });
    expect(await set(`my ${staff.staffNumber} pass`)).toEqual({ ok: false, reason: "password", problem: "staff-number" });
    expect(await set(staff.password)).toEqual({ ok: false, reason: "password", problem: "unchanged" });
    expect(await set("a long phrase only I know")).toEqual({ ok: true, next: "recovery-codes" });
    expect(await acknowledgeRecoveryCodes(db(), { pendingToken: pending, clientAddress: ADDRESS }, T0)).toMatchObject({ ok: true, next: "done" });

    // The one-time password no longer works; the new one does, with the enrolled secret.
    expect(await password(staff, staff.password, minutes(1))).toEqual({ ok: false, reason: "wrong" });
    await signInStaffForTest(db(), { ...staff, password: "a long phrase only I know", secret: enrolment!.secret }, minutes(1));
    expect((await eventsOf(staff.staffId)).map((e) => e.action)).toEqual([
      "office.sign-in.password-accepted",
      "office.sign-in.failure",
      "office.enrolled",
      "office.password-changed",
      "office.sign-in.success",
      "office.sign-in.failure",
      "office.sign-in.password-accepted",
      "office.sign-in.success",
    ]);
  });

  it("refuses a second enrolment of the same account from another browser", async () => {
    const staff = await addStaffForTest(db(), T0, { enrolled: false });
    const [a, b] = [await pendingFor(staff), await pendingFor(staff)];
    const secretA = (await enrolmentFor(db(), a, T0))!.secret;
    const secretB = (await enrolmentFor(db(), b, T0))!.secret;
    expect(secretA).not.toBe(secretB);
    expect(await confirmEnrolment(db(), { pendingToken: a, code: codeAt(secretA, T0), clientAddress: ADDRESS }, T0)).toMatchObject({ ok: true });
    expect(await confirmEnrolment(db(), { pendingToken: b, code: codeAt(secretB, T0), clientAddress: ADDRESS }, T0)).toEqual({ ok: false, reason: "stale" });
  });
});

describe("staff sessions", () => {
  it("end after 15 idle minutes", async () => {
    const staff = await addStaffForTest(db(), T0);
    const session = await signInStaffForTest(db(), staff, T0);
    expect(await resolveStaffSession(db(), session, minutes(14))).not.toBeNull();
    expect(await resolveStaffSession(db(), session, minutes(28))).not.toBeNull();
    expect(await resolveStaffSession(db(), session, minutes(43.5))).toBeNull();
  });

  it("end 8 hours after sign-in, however busy", async () => {
    const staff = await addStaffForTest(db(), T0);
    const session = await signInStaffForTest(db(), staff, T0);
    for (let m = 10; m < 480; m += 10) expect(await resolveStaffSession(db(), session, minutes(m))).not.toBeNull();
    expect(await resolveStaffSession(db(), session, minutes(480))).toBeNull();
  });

  it("end on sign out, and everywhere on sign out everywhere", async () => {
    const staff = await addStaffForTest(db(), T0);
    const here = await signInStaffForTest(db(), staff, T0);
    const there = await signInStaffForTest(db(), staff, minutes(1));
    const third = await signInStaffForTest(db(), staff, minutes(2));
    await signOutStaff(db(), here, minutes(3));
    expect(await resolveStaffSession(db(), here, minutes(3))).toBeNull();
    expect(await resolveStaffSession(db(), there, minutes(3))).not.toBeNull();
    expect(await signOutStaffEverywhere(db(), staff.staffId, minutes(4))).toBe(2);
    expect(await resolveStaffSession(db(), there, minutes(4))).toBeNull();
    expect(await resolveStaffSession(db(), third, minutes(4))).toBeNull();
    const actions = (await eventsOf(staff.staffId)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(["office.sign-out", "office.sign-out.everywhere"]);
  });

  it("are never a resident's: a resident's session token opens no staff session", async () => {
    const resident = await signInForTest(db(), "13700009001", T0);
    expect(await resolveStaffSession(db(), resident.sessionToken, T0)).toBeNull();
  });
});
