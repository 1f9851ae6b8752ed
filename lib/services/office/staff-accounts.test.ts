import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { resolveStaffSession } from "@/lib/auth/staff/sessions";
import { checkPassword, checkSecondFactor } from "@/lib/auth/staff/sign-in";
import { addStaffForTest, codeAt, signInStaffForTest } from "@/lib/auth/staff/testing";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, staffAccount, staffRecoveryCode } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { changeStaff, createAdminFromCommandLine, createStaff, listStaff, resetPassword, resetSecondFactor, setStaffDisabled, staffDetail } from "./staff-accounts";

const T0 = new Date("2025-11-20T02:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);
const ADDRESS = "198.51.100.9";

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
const db = () => database.db;

type TestStaff = Awaited<ReturnType<typeof addStaffForTest>>;
const actorOf = (s: TestStaff, roles: StaffActor["roles"]): StaffActor => ({ staffId: s.staffId, staffNumber: s.staffNumber, roles, region: null });
const rowOf = async (staffId: string) => (await db().select().from(staffAccount).where(eq(staffAccount.id, staffId)))[0]!;

describe("who may administer staff accounts", () => {
  it("only an active admin, as the database has it (a forged role counts for nothing)", async () => {
    const clerk = await addStaffForTest(db(), T0, { roles: ["clerk"] });
    expect(await listStaff(db(), actorOf(clerk, ["clerk"]))).toBeNull();
    expect(await createStaff(db(), actorOf(clerk, ["clerk"]), { staffNumber: "X1", displayName: "某人", roles: ["clerk"], region: "" }, T0)).toEqual({ ok: false, reason: "forbidden" });
    expect(await createStaff(db(), actorOf(clerk, ["admin"]), { staffNumber: "X1", displayName: "某人", roles: ["clerk"], region: "" }, T0)).toEqual({ ok: false, reason: "forbidden" });
    const refused = await db().select().from(auditEvent).where(eq(auditEvent.staffId, clerk.staffId));
    expect(refused.map((e) => [e.action, e.detail])).toEqual([["office.staff-refused", { change: "create", reason: "forbidden" }]]);
  });
});

describe("creating an account", () => {
  it("shows a one-time password once; its first sign-in enrols and replaces it", async () => {
    const admin = await addStaffForTest(db(), T0, { roles: ["admin"] });
    const created = await createStaff(db(), actorOf(admin, ["admin"]), { staffNumber: " N-100 ", displayName: " 新同事 ", roles: ["clerk", "reviewer"], region: "ningbo" }, T0);
    expect(created).toMatchObject({ ok: true, oneTimePassword: expect.stringMatching(/^[2-9a-z]{4}(-[2-9a-z]{4}){3}$/) });
    if (!created.ok) return;
    expect(await staffDetail(db(), actorOf(admin, ["admin"]), created.staffId)).toMatchObject({ staffNumber: "N-100", displayName: "新同事", roles: ["clerk", "reviewer"], region: "ningbo", enrolledAt: null, disabled: false });
    const first = await checkPassword(db(), { staffNumber: "N-100", password: created.oneTimePassword, clientAddress: ADDRESS }, minutes(1));
    expect(first).toMatchObject({ ok: true, next: "enrol" });
    const [event] = await db().select().from(auditEvent).where(eq(auditEvent.action, "office.staff-created"));
    expect(event).toMatchObject({ staffId: admin.staffId, detail: { targetStaffId: created.staffId, targetStaffNumber: "N-100", roles: "clerk,reviewer", region: "ningbo" } });
    expect(JSON.stringify(event)).not.toContain(created.oneTimePassword);
  });

  it.each([
    ["a taken staff number", { staffNumber: "N-100", displayName: "又一位", roles: ["clerk"], region: "" }, "number-taken"],
    ["no role", { staffNumber: "N-101", displayName: "又一位", roles: [], region: "" }, "invalid"],
    ["an unknown role", { staffNumber: "N-101", displayName: "又一位", roles: ["clerk", "boss"], region: "" }, "invalid"],
    ["an unknown region", { staffNumber: "N-101", displayName: "又一位", roles: ["clerk"], region: "hangzhou" }, "invalid"],
    ["a staff number with spaces inside", { staffNumber: "N 101", displayName: "又一位", roles: ["clerk"], region: "" }, "invalid"],
  ])("refuses %s", async (_name, input, reason) => {
    const admin = await addStaffForTest(db(), T0, { roles: ["admin"] });
    expect(await createStaff(db(), actorOf(admin, ["admin"]), input, T0)).toEqual({ ok: false, reason });
  });
});

describe("roles, disabling and the office that must keep an admin", () => {
  it("changes roles and region at once for the next request, audited with both admins' accounts", async () => {
    const admin = await addStaffForTest(db(), T0, { roles: ["admin"] });
    const clerk = await addStaffForTest(db(), T0, { roles: ["clerk"] });
    const session = await signInStaffForTest(db(), clerk, T0);
    expect(await changeStaff(db(), actorOf(admin, ["admin"]), clerk.staffId, { roles: ["reviewer"], region: "ningxia" }, minutes(1))).toEqual({ ok: true });
    expect(await resolveStaffSession(db(), session, minutes(2))).toMatchObject({ roles: ["reviewer"], region: "ningxia" });
    const [event] = await db().select().from(auditEvent).where(eq(auditEvent.action, "office.staff-changed"));
    expect(event).toMatchObject({ staffId: admin.staffId, detail: { targetStaffId: clerk.staffId, rolesBefore: "clerk", roles: "reviewer", regionBefore: null, region: "ningxia" } });
  });

  it("refuses an admin taking away their own admin role, disabling or resetting themselves", async () => {
    const admin = await addStaffForTest(db(), T0, { roles: ["admin", "clerk"] });
    const me = actorOf(admin, ["admin", "clerk"]);
    expect(await changeStaff(db(), me, admin.staffId, { roles: ["clerk"], region: "" }, T0)).toEqual({ ok: false, reason: "self" });
    expect(await changeStaff(db(), me, admin.staffId, { roles: ["admin"], region: "ningbo" }, T0)).toEqual({ ok: true });
    expect(await setStaffDisabled(db(), me, admin.staffId, true, T0)).toEqual({ ok: false, reason: "self" });
    expect(await resetSecondFactor(db(), me, admin.staffId, T0)).toEqual({ ok: false, reason: "self" });
    expect(await resetPassword(db(), me, admin.staffId, T0)).toEqual({ ok: false, reason: "self" });
    expect((await rowOf(admin.staffId)).disabledAt).toBeNull();
  });

  it("leaves one admin when two admins take each other's role away at the same moment", async () => {
    const a = await addStaffForTest(db(), T0, { roles: ["admin"] });
    const b = await addStaffForTest(db(), T0, { roles: ["admin"] });
    const answers = await Promise.all([
      changeStaff(db(), actorOf(a, ["admin"]), b.staffId, { roles: ["clerk"], region: "" }, T0),
      changeStaff(db(), actorOf(b, ["admin"]), a.staffId, { roles: ["clerk"], region: "" }, T0),
    ]);
    expect(answers.filter((r) => r.ok)).toHaveLength(1);
    expect(answers.find((r) => !r.ok)).toEqual({ ok: false, reason: "forbidden" });
    const roles = [(await rowOf(a.staffId)).roles, (await rowOf(b.staffId)).roles];
    expect(roles.filter((r) => r.includes("admin"))).toHaveLength(1);
  });

  it("disables an account (its sessions end, it cannot sign in) and enables it again", async () => {
    const admin = await addStaffForTest(db(), T0, { roles: ["admin"] });
    const clerk = await addStaffForTest(db(), T0);
    const session = await signInStaffForTest(db(), clerk, T0);
    expect(await setStaffDisabled(db(), actorOf(admin, ["admin"]), clerk.staffId, true, minutes(1))).toEqual({ ok: true });
    expect(await resolveStaffSession(db(), session, minutes(1))).toBeNull();
    expect(await checkPassword(db(), { staffNumber: clerk.staffNumber, password: clerk.password, clientAddress: ADDRESS }, minutes(2))).toEqual({ ok: false, reason: "disabled" });
    expect(await setStaffDisabled(db(), actorOf(admin, ["admin"]), clerk.staffId, false, minutes(3))).toEqual({ ok: true });
    await signInStaffForTest(db(), clerk, minutes(4));
    const actions = (await db().select().from(auditEvent).where(eq(auditEvent.staffId, admin.staffId))).map((e) => [e.action, e.detail.sessions]);
    expect(actions).toEqual([
      ["office.staff-disabled", 1],
      ["office.staff-enabled", 0],
    ]);
  });

  it("refuses a change to an account that does not exist", async () => {
    const admin = await addStaffForTest(db(), T0, { roles: ["admin"] });
    expect(await setStaffDisabled(db(), actorOf(admin, ["admin"]), "7c7b6f0e-0000-4000-8000-000000000000", true, T0)).toEqual({ ok: false, reason: "not-found" });
    expect(await changeStaff(db(), actorOf(admin, ["admin"]), "not-an-id", { roles: ["clerk"], region: "" }, T0)).toEqual({ ok: false, reason: "not-found" });
  });
});

describe("resetting a sign-in", () => {
  it("the second factor: secret and recovery codes gone, sessions end, the next sign-in enrols", async () => {
    const admin = await addStaffForTest(db(), T0, { roles: ["admin"] });
    const clerk = await addStaffForTest(db(), T0);
    const session = await signInStaffForTest(db(), clerk, T0);
    expect(await resetSecondFactor(db(), actorOf(admin, ["admin"]), clerk.staffId, minutes(1))).toEqual({ ok: true });
    expect(await resolveStaffSession(db(), session, minutes(1))).toBeNull();
    expect(await db().select().from(staffRecoveryCode).where(eq(staffRecoveryCode.staffId, clerk.staffId))).toEqual([]);
    expect(await checkPassword(db(), { staffNumber: clerk.staffNumber, password: clerk.password, clientAddress: ADDRESS }, minutes(2))).toMatchObject({ ok: true, next: "enrol" });
  });

  it("the password: a new one-time password, the authenticator still asked, then a new password", async () => {
    const admin = await addStaffForTest(db(), T0, { roles: ["admin"] });
    const clerk = await addStaffForTest(db(), T0);
    const reset = await resetPassword(db(), actorOf(admin, ["admin"]), clerk.staffId, T0);
    if (!reset.ok) throw new Error(reset.reason);
    expect(await checkPassword(db(), { staffNumber: clerk.staffNumber, password: clerk.password, clientAddress: ADDRESS }, minutes(1))).toEqual({ ok: false, reason: "wrong" });
    const first = await checkPassword(db(), { staffNumber: clerk.staffNumber, password: reset.oneTimePassword, clientAddress: ADDRESS }, minutes(1));
    expect(first).toMatchObject({ ok: true, next: "second-factor" });
    if (!first.ok) return;
    expect(await checkSecondFactor(db(), { pendingToken: first.pendingToken, code: codeAt(clerk.secret, minutes(1)), clientAddress: ADDRESS }, minutes(1))).toEqual({ ok: true, next: "new-password" });
  });
});

describe("the first admin, from the command line", () => {
  it("is made once; a second is refused unless forced", async () => {
    const fresh = await createTestDatabase();
    try {
      const first = await createAdminFromCommandLine(fresh.db, { staffNumber: "A1", displayName: "首位管理员", force: false }, T0);
      expect(first).toMatchObject({ ok: true });
      expect(await createAdminFromCommandLine(fresh.db, { staffNumber: "A2", displayName: "又一位", force: false }, T0)).toEqual({ ok: false, reason: "admin-exists" });
      expect(await createAdminFromCommandLine(fresh.db, { staffNumber: "A1", displayName: "又一位", force: true }, T0)).toEqual({ ok: false, reason: "number-taken" });
      expect(await createAdminFromCommandLine(fresh.db, { staffNumber: "A2", displayName: "又一位", force: true }, T0)).toMatchObject({ ok: true });
      const events = await fresh.db.select().from(auditEvent).where(eq(auditEvent.action, "office.staff-created"));
      expect(events.map((e) => [e.staffId, e.detail.via, e.detail.forced])).toEqual([
        [null, "command-line", false],
        [null, "command-line", true],
      ]);
    } finally {
      await fresh.close();
    }
  });
});
