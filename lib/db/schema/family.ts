/**
 * 家庭共济 (J6): who has authorised whom (bindings the relative confirms), the employee account's
 * movements (account_ledger), and Ningxia's 代缴返还 claims.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { instant, day } from "./columns";
import { RELATIONS } from "../../rules/vocabulary";
import { employeeAccount, registryPerson } from "./registry";
import { payment, paymentNotice } from "./payment";

export const BINDING_STATUSES = ["pending", "active", "refused", "revoked", "expired"] as const;
export const BINDING_KINDS = ["account-debit", "reimbursement"] as const;
export const LEDGER_KINDS = ["opening", "family-aid-debit", "claim-payout"] as const;
/** submitted → prepared (by one member of staff) → paid (approved by another) or rejected (with a reason). */
export const CLAIM_STATUSES = ["submitted", "prepared", "paid", "rejected"] as const;

/**
 * 绑定: an employee (the payer, 授权人) authorises paying a close relative's contribution. Pending
 * until the relative confirms (a code read out to the payer, or on their own page); at most one
 * pending or active binding per payer and relative; either side may end it.
 */
export const familyBinding = pgTable(
  "family_binding",
  {
    id: uuid("id").primaryKey(),
    payerPersonId: text("payer_person_id")
      .notNull()
      .references(() => registryPerson.id),
    payerAccountId: uuid("payer_account_id").notNull(),
    beneficiaryPersonId: text("beneficiary_person_id")
      .notNull()
      .references(() => registryPerson.id),
    relation: text("relation", { enum: RELATIONS }).notNull(),
    packId: text("pack_id").notNull(),
    kind: text("kind", { enum: BINDING_KINDS }).notNull(),
    status: text("status", { enum: BINDING_STATUSES }).notNull(),
    codeHash: varchar("code_hash", { length: 64 }),
    codeExpiresAt: instant("code_expires_at"),
    attempts: integer("attempts").notNull().default(0),
    method: text("method", { enum: ["sms-code", "in-app", "guardian"] }),
    createdAt: instant("created_at").notNull(),
    decidedAt: instant("decided_at"),
    endedAt: instant("ended_at"),
    endedByPersonId: text("ended_by_person_id"),
  },
  (t) => [
    uniqueIndex("family_binding_one_live").on(t.payerPersonId, t.beneficiaryPersonId).where(sql`${t.status} in ('pending', 'active')`),
    index("family_binding_beneficiary_idx").on(t.beneficiaryPersonId),
    check("family_binding_not_self", sql`${t.payerPersonId} <> ${t.beneficiaryPersonId}`),
    check("family_binding_attempts_range", sql`${t.attempts} between 0 and 5`),
  ],
);

/**
 * Every movement of an employee account's 历年账户 balance. The first movement writes an opening row
 * with the balance it found, so for every account with rows: sum(amount_fen) = the balance, and
 * each row's balance_after_fen is the balance it left (never below zero).
 */
export const accountLedger = pgTable(
  "account_ledger",
  {
    id: uuid("id").primaryKey(),
    personId: text("person_id")
      .notNull()
      .references(() => employeeAccount.personId),
    kind: text("kind", { enum: LEDGER_KINDS }).notNull(),
    amountFen: integer("amount_fen").notNull(),
    balanceAfterFen: integer("balance_after_fen").notNull(),
    bindingId: uuid("binding_id").references(() => familyBinding.id),
    noticeId: uuid("notice_id").references(() => paymentNotice.id),
    beneficiaryPersonId: text("beneficiary_person_id"),
    accountId: uuid("account_id"),
    at: instant("at").notNull(),
  },
  (t) => [
    uniqueIndex("account_ledger_one_opening").on(t.personId).where(sql`${t.kind} = 'opening'`),
    index("account_ledger_person_idx").on(t.personId, t.at),
    index("account_ledger_beneficiary_idx").on(t.beneficiaryPersonId),
    check("account_ledger_balance_not_negative", sql`${t.balanceAfterFen} >= 0`),
    check("account_ledger_sign", sql`(${t.kind} = 'opening' and ${t.amountFen} >= 0) or (${t.kind} in ('family-aid-debit', 'claim-payout') and ${t.amountFen} < 0)`),
  ],
);

/**
 * 代缴返还 (a pack's 家庭共济 rule of kind "reimbursement"): the employee's claim to repay from the
 * account a contribution a bound relative paid, no earlier than the third working day after the
 * payment. One per payment.
 */
export const reimbursementClaim = pgTable(
  "reimbursement_claim",
  {
    id: uuid("id").primaryKey(),
    bindingId: uuid("binding_id")
      .notNull()
      .references(() => familyBinding.id),
    payerPersonId: text("payer_person_id")
      .notNull()
      .references(() => registryPerson.id),
    payerAccountId: uuid("payer_account_id").notNull(),
    beneficiaryPersonId: text("beneficiary_person_id")
      .notNull()
      .references(() => registryPerson.id),
    paymentId: uuid("payment_id")
      .notNull()
      .references(() => payment.id),
    noticeNumber: varchar("notice_number", { length: 20 }).notNull(),
    amountFen: integer("amount_fen").notNull(),
    paidOn: day("paid_on").notNull(),
    opensOn: day("opens_on").notNull(),
    /** Whether opensOn was counted on weekends only (the year's holiday list is not in the sources). */
    provisional: text("provisional", { enum: ["yes", "no"] }).notNull(),
    status: text("status", { enum: CLAIM_STATUSES }).notNull(),
    submittedOn: day("submitted_on").notNull(),
    submittedAt: instant("submitted_at").notNull(),
    /** The office's decision (paid or rejected): when, by which member of staff, and the reason the employee reads. */
    decidedAt: instant("decided_at"),
    decidedByStaffId: uuid("decided_by_staff_id"),
    decisionReason: text("decision_reason"),
  },
  (t) => [
    uniqueIndex("reimbursement_claim_one_per_payment").on(t.paymentId),
    index("reimbursement_claim_payer_idx").on(t.payerPersonId),
    check("reimbursement_claim_not_early", sql`${t.submittedOn} >= ${t.opensOn}`),
    check("reimbursement_claim_decided", sql`(${t.status} in ('paid', 'rejected')) = (${t.decidedAt} is not null and ${t.decidedByStaffId} is not null)`),
    check("reimbursement_claim_rejected_has_reason", sql`${t.status} <> 'rejected' or ${t.decisionReason} is not null`),
  ],
);

export type FamilyBinding = typeof familyBinding.$inferSelect;
export type AccountLedgerRow = typeof accountLedger.$inferSelect;
export type ReimbursementClaim = typeof reimbursementClaim.$inferSelect;
