/** The insurance office's staff (经办后台): accounts with roles, separate from residents' accounts. */
import { sql } from "drizzle-orm";
import { bigint, bigserial, boolean, check, index, integer, pgTable, text, unique, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { instant } from "./columns";
import { reimbursementClaim } from "./family";
import { payment } from "./payment";

/** 窗口经办 (clerk), 审核 (reviewer), 管理员 (admin). */
export const STAFF_ROLES = ["clerk", "reviewer", "admin"] as const;

/**
 * One member of staff. The password is kept only as a memory-hard hash; the TOTP secret only sealed
 * with the server's key. A staff member works for one region's office (a pack's region id), or for
 * every region when `region` is null.
 */
export const staffAccount = pgTable(
  "staff_account",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffNumber: varchar("staff_number", { length: 20 }).notNull().unique(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    /** The password is the one-time password an admin was shown: the first sign-in replaces it. */
    passwordChangeRequired: boolean("password_change_required").notNull().default(false),
    totpSecretSealed: text("totp_secret_sealed"),
    totpEnrolledAt: instant("totp_enrolled_at"),
    /** The last TOTP step whose code was accepted: no code of it or of an earlier step is accepted again. */
    totpLastStep: bigint("totp_last_step", { mode: "number" }),
    roles: text("roles", { enum: STAFF_ROLES }).array().notNull(),
    region: text("region"),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: instant("locked_until"),
    createdAt: instant("created_at").notNull(),
    disabledAt: instant("disabled_at"),
  },
  (t) => [
    check("staff_account_failed_attempts_range", sql`${t.failedAttempts} between 0 and 10`),
    check("staff_account_has_a_role", sql`cardinality(${t.roles}) >= 1`),
  ],
);

export type StaffAccount = typeof staffAccount.$inferSelect;

/** A staff member's signed-in browser. Only a hash of the cookie's random id is stored. */
export const staffSession = pgTable(
  "staff_session",
  {
    idHash: varchar("id_hash", { length: 64 }).primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffAccount.id),
    createdAt: instant("created_at").notNull(),
    lastSeenAt: instant("last_seen_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    revokedAt: instant("revoked_at"),
  },
  (t) => [index("staff_session_staff_idx").on(t.staffId)],
);

/**
 * A sign-in between its steps: the password was right, the second factor (or the first enrolment,
 * a new password, the recovery codes) is still to come. Not a session: it opens no page of the
 * console. The cookie holds a random id, the row its hash.
 */
export const staffSignIn = pgTable(
  "staff_sign_in",
  {
    idHash: varchar("id_hash", { length: 64 }).primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffAccount.id),
    stage: text("stage", { enum: ["second-factor", "enrol", "new-password", "recovery-codes"] }).notNull(),
    /** During enrolment: the new TOTP secret, sealed, until a code from it confirms it. */
    enrolSecretSealed: text("enrol_secret_sealed"),
    /** After enrolment: the new recovery codes, sealed, until the staff member has seen them. */
    recoveryCodesSealed: text("recovery_codes_sealed"),
    /** How the second factor was given, for the audit event of the sign-in. */
    method: text("method", { enum: ["totp", "recovery-code", "enrolment"] }),
    createdAt: instant("created_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    consumedAt: instant("consumed_at"),
  },
  (t) => [index("staff_sign_in_staff_idx").on(t.staffId)],
);

/** Single-use codes that stand in for a TOTP code (a lost phone). Stored as keyed hashes. */
export const staffRecoveryCode = pgTable(
  "staff_recovery_code",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    staffId: uuid("staff_id")
      .notNull()
      .references(() => staffAccount.id),
    codeHash: varchar("code_hash", { length: 64 }).notNull(),
    createdAt: instant("created_at").notNull(),
    usedAt: instant("used_at"),
  },
  (t) => [unique("staff_recovery_code_unique").on(t.staffId, t.codeHash)],
);

export const PAYOUT_KINDS = ["claim", "refund"] as const;
export const PAYOUT_STATUSES = ["prepared", "approved", "paid-out", "cancelled"] as const;

/**
 * Money the office pays out: a 代缴返还 claim (from the employee's account) or the refund of a
 * payment kept as refund-due. Four eyes: the member of staff who prepares it cannot approve it
 * (a CHECK, whatever the service does). One payout per claim and per payment (unique indexes), and
 * each step is a conditional update on the status, so a double or simultaneous approval lands once.
 */
export const officePayout = pgTable(
  "office_payout",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: PAYOUT_KINDS }).notNull(),
    claimId: uuid("claim_id").references(() => reimbursementClaim.id),
    paymentId: uuid("payment_id").references(() => payment.id),
    /** Whose item it is: the employee who claimed, or the person the refunded payment was for. */
    personId: text("person_id").notNull(),
    amountFen: integer("amount_fen").notNull(),
    status: text("status", { enum: PAYOUT_STATUSES }).notNull(),
    preparedByStaffId: uuid("prepared_by_staff_id")
      .notNull()
      .references(() => staffAccount.id),
    preparedAt: instant("prepared_at").notNull(),
    approvedByStaffId: uuid("approved_by_staff_id").references(() => staffAccount.id),
    approvedAt: instant("approved_at"),
    paidOutByStaffId: uuid("paid_out_by_staff_id").references(() => staffAccount.id),
    paidOutAt: instant("paid_out_at"),
    /** The bank transfer's or the cashier's refund reference; for a claim, the account ledger row. */
    payoutReference: text("payout_reference"),
    ledgerId: uuid("ledger_id"),
  },
  (t) => [
    uniqueIndex("office_payout_one_per_claim").on(t.claimId),
    uniqueIndex("office_payout_one_per_payment").on(t.paymentId),
    index("office_payout_status_idx").on(t.status, t.preparedAt),
    check("office_payout_four_eyes", sql`${t.approvedByStaffId} <> ${t.preparedByStaffId}`),
    check("office_payout_amount_positive", sql`${t.amountFen} > 0`),
    check("office_payout_kind_target", sql`(${t.kind} = 'claim') = (${t.claimId} is not null) and (${t.kind} = 'refund') = (${t.paymentId} is not null)`),
    check("office_payout_approved", sql`(${t.status} in ('approved', 'paid-out')) = (${t.approvedByStaffId} is not null and ${t.approvedAt} is not null)`),
    check("office_payout_paid_out", sql`(${t.status} = 'paid-out') = (${t.paidOutAt} is not null and ${t.paidOutByStaffId} is not null)`),
  ],
);

/**
 * An assistance roster uploaded in the console, kept until it is applied (or not): the preview
 * and the apply both read this file, so what is applied is what was previewed.
 */
export const rosterUpload = pgTable(
  "roster_upload",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    packId: text("pack_id").notNull(),
    fileName: text("file_name").notNull(),
    fileSha256: varchar("file_sha256", { length: 64 }).notNull(),
    csv: text("csv").notNull(),
    uploadedByStaffId: uuid("uploaded_by_staff_id")
      .notNull()
      .references(() => staffAccount.id),
    uploadedAt: instant("uploaded_at").notNull(),
    appliedByStaffId: uuid("applied_by_staff_id").references(() => staffAccount.id),
    appliedAt: instant("applied_at"),
  },
  (t) => [index("roster_upload_at_idx").on(t.uploadedAt)],
);

export type OfficePayout = typeof officePayout.$inferSelect;
export type RosterUpload = typeof rosterUpload.$inferSelect;

/**
 * A draft policy pack uploaded for its preview (issue 15): kept so that the preview page can be
 * opened again and shared with a colleague. Nothing is published from it: publishing is committing
 * the reviewed file to content/policies (docs/decisions/0018).
 */
export const policyDraft = pgTable(
  "policy_draft",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fileName: text("file_name").notNull(),
    fileSha256: varchar("file_sha256", { length: 64 }).notNull(),
    text: text("text").notNull(),
    uploadedByStaffId: uuid("uploaded_by_staff_id")
      .notNull()
      .references(() => staffAccount.id),
    uploadedAt: instant("uploaded_at").notNull(),
  },
  (t) => [index("policy_draft_at_idx").on(t.uploadedAt)],
);
export type PolicyDraft = typeof policyDraft.$inferSelect;
