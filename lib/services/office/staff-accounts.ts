import { and, arrayContains, asc, eq, inArray, isNull, or } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password-hash";
import { holdsRole, STAFF_ROLES, type StaffActor, type StaffRole } from "@/lib/auth/staff-actor";
import { insertStaff, newOneTimePassword } from "@/lib/auth/staff/accounts";
import { officeKeys } from "@/lib/auth/staff/keys";
import { endPendingSignIns } from "@/lib/auth/staff/pending";
import { dropRecoveryCodes } from "@/lib/auth/staff/recovery-codes";
import { revokeAllStaffSessions } from "@/lib/auth/staff/sessions";
import { appendAudit, type AuditAction } from "@/lib/db/audit";
import { staffAccount, type StaffAccount } from "@/lib/db/schema";
import { isUuid } from "@/lib/db/driver";
import type { Db, Tx } from "@/lib/db/types";
import { REGIONS } from "@/lib/rules";

/**
 * 管理员: staff accounts and their roles. Every change is one transaction that first locks the acting
 * admin, the account changed and every active admin (in id order, so two admins never deadlock), and
 * is audited with the acting admin as the staff member and the account changed in the detail. An
 * admin cannot take away their own admin role, disable themselves or reset their own sign-in, and
 * the last active admin stays one: the office can never lock itself out.
 */
export type StaffListing = {
  id: string;
  staffNumber: string;
  displayName: string;
  roles: StaffRole[];
  region: string | null;
  disabled: boolean;
  lockedUntil: Date | null;
  enrolledAt: Date | null;
  createdAt: Date;
  isMe: boolean;
};

export type AdminRefusal = { ok: false; reason: "forbidden" | "not-found" | "self" | "last-admin" | "invalid" };

const listing = (row: StaffAccount, actor: StaffActor): StaffListing => ({
  id: row.id,
  staffNumber: row.staffNumber,
  displayName: row.displayName,
  roles: row.roles,
  region: row.region,
  disabled: row.disabledAt !== null,
  lockedUntil: row.lockedUntil,
  enrolledAt: row.totpEnrolledAt,
  createdAt: row.createdAt,
  isMe: row.id === actor.staffId,
});

/** Every staff account, by staff number; null for a member of staff who is not an admin. */
export async function listStaff(db: Db, actor: StaffActor): Promise<StaffListing[] | null> {
  if (!holdsRole(actor, "admin")) return null;
  const rows = await db.select().from(staffAccount).orderBy(asc(staffAccount.staffNumber));
  return rows.map((row) => listing(row, actor));
}

/** One staff account; null when there is none or the reader is not an admin. */
export async function staffDetail(db: Db, actor: StaffActor, staffId: string): Promise<StaffListing | null> {
  if (!holdsRole(actor, "admin") || !isUuid(staffId)) return null;
  const [row] = await db.select().from(staffAccount).where(eq(staffAccount.id, staffId));
  return row ? listing(row, actor) : null;
}

/** Roles as the forms send them, checked against the vocabulary; null when none is a role. */
export function readRoles(roles: readonly string[]): StaffRole[] | null {
  const known = STAFF_ROLES.filter((role) => roles.includes(role));
  return known.length > 0 && known.length === new Set(roles).size ? known : null;
}

/** A region scope: "" (every region) or a pack's region id; undefined when it is neither. */
export function readRegion(region: string): string | null | undefined {
  if (region === "") return null;
  return (REGIONS as readonly string[]).includes(region) ? region : undefined;
}

/** A staff number (letters, digits, hyphens, up to 20) and a name (up to 40), trimmed; null when either is not. */
function readIdentity(input: { staffNumber: string; displayName: string }): { staffNumber: string; displayName: string } | null {
  const staffNumber = input.staffNumber.trim();
  const displayName = input.displayName.trim();
  return /^[0-9A-Za-z-]{1,20}$/.test(staffNumber) && displayName !== "" && displayName.length <= 40 ? { staffNumber, displayName } : null;
}

type Locked = { actor: StaffAccount; target: StaffAccount | undefined; activeAdmins: StaffAccount[] };

/** Locks the acting admin, the target and every active admin, and checks that the actor is (still) an active admin. */
async function lockForAdmin(tx: Tx, actor: StaffActor, targetId: string | null): Promise<Locked | null> {
  const ids = [actor.staffId, ...(targetId ? [targetId] : [])];
  const rows = await tx
    .select()
    .from(staffAccount)
    .where(or(inArray(staffAccount.id, ids), and(arrayContains(staffAccount.roles, ["admin"]), isNull(staffAccount.disabledAt))))
    .orderBy(asc(staffAccount.id))
    .for("update");
  const me = rows.find((r) => r.id === actor.staffId);
  if (!me || me.disabledAt || !me.roles.includes("admin")) return null;
  return { actor: me, target: targetId ? rows.find((r) => r.id === targetId) : undefined, activeAdmins: rows.filter((r) => r.roles.includes("admin") && !r.disabledAt) };
}

const target = (row: StaffAccount) => ({ targetStaffId: row.id, targetStaffNumber: row.staffNumber });

async function refuse(tx: Tx, actor: StaffActor, change: string, reason: AdminRefusal["reason"], at: Date, row?: StaffAccount): Promise<AdminRefusal> {
  await appendAudit(tx, at, { action: "office.staff-refused", outcome: "refused", staffId: actor.staffId, detail: { change, reason, ...(row ? target(row) : {}) } });
  return { ok: false, reason };
}

export type NewStaffInput = { staffNumber: string; displayName: string; roles: readonly string[]; region: string };

/**
 * A new account with a one-time password, returned once for the admin to hand over: its owner
 * replaces it, and enrols an authenticator, at the first sign-in (docs/decisions/0015).
 */
export async function createStaff(
  db: Db,
  actor: StaffActor,
  input: NewStaffInput,
  at: Date,
): Promise<{ ok: true; staffId: string; oneTimePassword: string } | AdminRefusal | { ok: false; reason: "number-taken" }> {
  if (!holdsRole(actor, "admin")) return { ok: false, reason: "forbidden" };
  const roles = readRoles(input.roles);
  const region = readRegion(input.region);
  const identity = readIdentity(input);
  if (!roles || region === undefined || !identity) return { ok: false, reason: "invalid" };
  const { staffNumber, displayName } = identity;
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const { seal } = await officeKeys(db);
  return db.transaction(async (tx) => {
    if (!(await lockForAdmin(tx, actor, null))) return refuse(tx, actor, "create", "forbidden", at);
    const staffId = await insertStaff(tx, seal, { staffNumber, displayName, roles, region, passwordHash, passwordChangeRequired: true }, at);
    if (!staffId) return { ok: false, reason: "number-taken" } as const;
    await appendAudit(tx, at, {
      action: "office.staff-created",
      outcome: "success",
      staffId: actor.staffId,
      detail: { targetStaffId: staffId, targetStaffNumber: staffNumber, roles: roles.join(","), region },
    });
    return { ok: true, staffId, oneTimePassword } as const;
  });
}

/** New roles and region for an account. */
export async function changeStaff(db: Db, actor: StaffActor, staffId: string, input: { roles: readonly string[]; region: string }, at: Date): Promise<{ ok: true } | AdminRefusal> {
  if (!holdsRole(actor, "admin")) return { ok: false, reason: "forbidden" };
  const roles = readRoles(input.roles);
  const region = readRegion(input.region);
  if (!roles || region === undefined) return { ok: false, reason: "invalid" };
  if (!isUuid(staffId)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx) => {
    const locked = await lockForAdmin(tx, actor, staffId);
    if (!locked) return refuse(tx, actor, "roles", "forbidden", at);
    const row = locked.target;
    if (!row) return refuse(tx, actor, "roles", "not-found", at);
    const losesAdmin = row.roles.includes("admin") && !roles.includes("admin");
    if (losesAdmin && row.id === actor.staffId) return refuse(tx, actor, "roles", "self", at, row);
    if (losesAdmin && !row.disabledAt && locked.activeAdmins.length <= 1) return refuse(tx, actor, "roles", "last-admin", at, row);
    await tx.update(staffAccount).set({ roles, region }).where(eq(staffAccount.id, row.id));
    await appendAudit(tx, at, {
      action: "office.staff-changed",
      outcome: "success",
      staffId: actor.staffId,
      detail: { ...target(row), rolesBefore: row.roles.join(","), roles: roles.join(","), regionBefore: row.region, region },
    });
    return { ok: true } as const;
  });
}

/** Disables an account (its sessions and sign-ins in progress end at once) or enables it again. */
export async function setStaffDisabled(db: Db, actor: StaffActor, staffId: string, disabled: boolean, at: Date): Promise<{ ok: true } | AdminRefusal> {
  if (!holdsRole(actor, "admin")) return { ok: false, reason: "forbidden" };
  if (!isUuid(staffId)) return { ok: false, reason: "not-found" };
  const change = disabled ? "disable" : "enable";
  return db.transaction(async (tx) => {
    const locked = await lockForAdmin(tx, actor, staffId);
    if (!locked) return refuse(tx, actor, change, "forbidden", at);
    const row = locked.target;
    if (!row) return refuse(tx, actor, change, "not-found", at);
    if (disabled && row.id === actor.staffId) return refuse(tx, actor, change, "self", at, row);
    if (disabled && locked.activeAdmins.some((a) => a.id === row.id) && locked.activeAdmins.length <= 1) return refuse(tx, actor, change, "last-admin", at, row);
    if (disabled === (row.disabledAt !== null)) return { ok: true } as const;
    let sessions = 0;
    if (disabled) {
      await tx.update(staffAccount).set({ disabledAt: at }).where(eq(staffAccount.id, row.id));
      sessions = await revokeAllStaffSessions(tx, row.id, at);
      await endPendingSignIns(tx, row.id, at);
    } else {
      await tx.update(staffAccount).set({ disabledAt: null, failedAttempts: 0, lockedUntil: null }).where(eq(staffAccount.id, row.id));
    }
    await appendAudit(tx, at, { action: disabled ? "office.staff-disabled" : "office.staff-enabled", outcome: "success", staffId: actor.staffId, detail: { ...target(row), sessions } });
    return { ok: true } as const;
  });
}

/**
 * A lost or replaced phone: the authenticator secret and the recovery codes are gone, every
 * session and sign-in in progress ends, and the next sign-in enrols afresh (password first).
 */
export async function resetSecondFactor(db: Db, actor: StaffActor, staffId: string, at: Date): Promise<{ ok: true } | AdminRefusal> {
  return resetSignIn(db, actor, staffId, "reset-second-factor", at, async (tx, row) => {
    await tx.update(staffAccount).set({ totpSecretSealed: null, totpEnrolledAt: null, totpLastStep: null }).where(eq(staffAccount.id, row.id));
    await dropRecoveryCodes(tx, row.id);
  }).then((result) => (result.ok ? { ok: true } : result));
}

/**
 * A forgotten password: a new one-time password, returned once for the admin to hand over; every
 * session ends and a lockout is lifted. The authenticator stays: the admin who knows the one-time
 * password still cannot sign in as its owner.
 */
export async function resetPassword(db: Db, actor: StaffActor, staffId: string, at: Date): Promise<{ ok: true; oneTimePassword: string } | AdminRefusal> {
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const result = await resetSignIn(db, actor, staffId, "reset-password", at, async (tx, row) => {
    await tx.update(staffAccount).set({ passwordHash, passwordChangeRequired: true, failedAttempts: 0, lockedUntil: null }).where(eq(staffAccount.id, row.id));
  });
  return result.ok ? { ok: true, oneTimePassword } : result;
}

async function resetSignIn(
  db: Db,
  actor: StaffActor,
  staffId: string,
  change: "reset-second-factor" | "reset-password",
  at: Date,
  reset: (tx: Tx, row: StaffAccount) => Promise<void>,
): Promise<{ ok: true } | AdminRefusal> {
  if (!holdsRole(actor, "admin")) return { ok: false, reason: "forbidden" };
  if (!isUuid(staffId)) return { ok: false, reason: "not-found" };
  const action: AuditAction = change === "reset-password" ? "office.staff-password-reset" : "office.staff-second-factor-reset";
  return db.transaction(async (tx) => {
    const locked = await lockForAdmin(tx, actor, staffId);
    if (!locked) return refuse(tx, actor, change, "forbidden", at);
    const row = locked.target;
    if (!row) return refuse(tx, actor, change, "not-found", at);
    if (row.id === actor.staffId) return refuse(tx, actor, change, "self", at, row);
    await reset(tx, row);
    const sessions = await revokeAllStaffSessions(tx, row.id, at);
    await endPendingSignIns(tx, row.id, at);
    await appendAudit(tx, at, { action, outcome: "success", staffId: actor.staffId, detail: { ...target(row), sessions } });
    return { ok: true } as const;
  });
}

/**
 * The first admin of a new office, from the command line (`npm run office -- create-admin`): the
 * console cannot create one when nobody can sign in. Refused while an active admin exists, unless
 * forced (every admin lost their phone and recovery codes); audited without a staff member, as the
 * command line's.
 */
export async function createAdminFromCommandLine(
  db: Db,
  input: { staffNumber: string; displayName: string; force: boolean },
  at: Date,
): Promise<{ ok: true; staffId: string; oneTimePassword: string } | { ok: false; reason: "admin-exists" | "number-taken" | "invalid" }> {
  const identity = readIdentity(input);
  if (!identity) return { ok: false, reason: "invalid" };
  const { staffNumber, displayName } = identity;
  const oneTimePassword = newOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const { seal } = await officeKeys(db);
  return db.transaction(async (tx) => {
    // Lock the active admins, so that two first admins made at once see each other.
    const admins = await tx.select({ id: staffAccount.id }).from(staffAccount).where(and(arrayContains(staffAccount.roles, ["admin"]), isNull(staffAccount.disabledAt))).for("update");
    if (admins.length > 0 && !input.force) return { ok: false, reason: "admin-exists" } as const;
    const staffId = await insertStaff(tx, seal, { staffNumber, displayName, roles: ["admin"], region: null, passwordHash, passwordChangeRequired: true }, at);
    if (!staffId) return { ok: false, reason: "number-taken" } as const;
    await appendAudit(tx, at, {
      action: "office.staff-created",
      outcome: "success",
      detail: { targetStaffId: staffId, targetStaffNumber: staffNumber, roles: "admin", region: null, via: "command-line", forced: admins.length > 0 },
    });
    return { ok: true, staffId, oneTimePassword } as const;
  });
}
