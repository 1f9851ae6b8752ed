/**
 * Payment (J5): payment notices (what is owed), payments (what arrived), and the sandbox collection
 * service's own records (the stand-in for the tax bureau's cashier).
 */
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgSequence, pgTable, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { instant, day } from "./columns";
import type { ParsedRequest } from "@/lib/rules";
import { registryPerson } from "./registry";
import { enrollment } from "./enrollment";

export const NOTICE_STATUSES = ["open", "paid", "expired", "cancelled"] as const;
export const NOTICE_KINDS = ["enrollment", "renewal"] as const;
export const PAYMENT_OUTCOMES = ["applied", "refund-due"] as const;
export const REFUND_REASONS = ["duplicate", "notice-expired", "notice-cancelled"] as const;
export const PAYMENT_VIA = ["callback", "reconcile", "account-debit"] as const;

/** Numbers the notice numbers (JF + year + sequence + check character). */
export const paymentNoticeNumberSeq = pgSequence("payment_notice_number_seq", { startWith: 1 });

/**
 * 缴费通知 (应征信息): what one person owes for one coverage year, for an enrollment or a renewal.
 * At most one live (open or paid) notice per person and year; an expired or cancelled one makes
 * room for a new notice on that day's rules. The amount is the rules' payable on the day of issue.
 */
export const paymentNotice = pgTable(
  "payment_notice",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: varchar("number", { length: 20 }).notNull().unique(),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    kind: text("kind", { enum: NOTICE_KINDS }).notNull(),
    enrollmentId: uuid("enrollment_id").references(() => enrollment.id),
    packId: text("pack_id").notNull(),
    coverageYear: integer("coverage_year").notNull(),
    category: text("category").notNull(),
    /** The rules request the amount was computed on (asOf = the day of issue); coverage is decided on it with the payment date. */
    request: jsonb("request").$type<ParsedRequest>().notNull(),
    amountFen: integer("amount_fen").notNull(),
    provisional: boolean("provisional").notNull(),
    issuedOn: day("issued_on").notNull(),
    dueDate: day("due_date").notNull(),
    status: text("status", { enum: NOTICE_STATUSES }).notNull(),
    issuedAt: instant("issued_at").notNull(),
    issuedByAccountId: uuid("issued_by_account_id").notNull(),
    issuedByPersonId: text("issued_by_person_id").notNull(),
    actingAs: text("acting_as").notNull(),
    paidAt: instant("paid_at"),
    paymentId: uuid("payment_id"),
    coverageStart: day("coverage_start"),
    coverageEnd: day("coverage_end"),
    benefitDays: integer("benefit_days"),
    closedAt: instant("closed_at"),
  },
  (t) => [
    uniqueIndex("payment_notice_one_live_per_person_year").on(t.personId, t.coverageYear).where(sql`${t.status} in ('open', 'paid')`),
    index("payment_notice_person_idx").on(t.personId),
    index("payment_notice_enrollment_idx").on(t.enrollmentId),
    check("payment_notice_amount_positive", sql`${t.amountFen} > 0`),
    check("payment_notice_paid_has_payment", sql`(${t.status} = 'paid') = (${t.paidAt} is not null and ${t.paymentId} is not null)`),
    check("payment_notice_enrollment_kind", sql`(${t.kind} = 'enrollment') = (${t.enrollmentId} is not null)`),
  ],
);

/**
 * Money that arrived for a notice, from a collection channel. Unique by (provider, provider
 * reference): a repeated confirmation finds the payment it already made. At most one applied
 * payment per notice; any other is kept as refund-due with its reason, and shown to the resident.
 */
export const payment = pgTable(
  "payment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    noticeId: uuid("notice_id")
      .notNull()
      .references(() => paymentNotice.id),
    /** Who collected: "sandbox-cashier" (the tax bureau stand-in), "family-aid" (an employee account debit), … */
    provider: text("provider").notNull(),
    providerReference: varchar("provider_reference", { length: 64 }).notNull(),
    amountFen: integer("amount_fen").notNull(),
    paidAt: instant("paid_at").notNull(),
    /** The payment date in Asia/Shanghai: the date the rules fix coverage with. */
    paidOn: day("paid_on").notNull(),
    receivedAt: instant("received_at").notNull(),
    via: text("via", { enum: PAYMENT_VIA }).notNull(),
    outcome: text("outcome", { enum: PAYMENT_OUTCOMES }).notNull(),
    refundReason: text("refund_reason", { enum: REFUND_REASONS }),
  },
  (t) => [
    uniqueIndex("payment_provider_reference").on(t.provider, t.providerReference),
    uniqueIndex("payment_one_applied_per_notice").on(t.noticeId).where(sql`${t.outcome} = 'applied'`),
    check("payment_amount_positive", sql`${t.amountFen} > 0`),
    check("payment_refund_has_reason", sql`(${t.outcome} = 'refund-due') = (${t.refundReason} is not null)`),
  ],
);

// ---------------------------------------------------------------- the sandbox collection service

export const SANDBOX_PAYMENT_STATUSES = ["paid", "failed", "cancelled"] as const;

/** The sandbox cashier's own ledger: what it collected, and how its callbacks went. */
export const sandboxCashierPayment = pgTable(
  "sandbox_cashier_payment",
  {
    reference: varchar("reference", { length: 32 }).primaryKey(),
    noticeNumber: varchar("notice_number", { length: 20 }).notNull(),
    amountFen: integer("amount_fen").notNull(),
    status: text("status", { enum: SANDBOX_PAYMENT_STATUSES }).notNull(),
    createdAt: instant("created_at").notNull(),
    paidAt: instant("paid_at"),
    /** The Asia/Shanghai date of paidAt, for the status query by day. */
    paidOn: day("paid_on"),
    callbackUrl: text("callback_url").notNull(),
    callbackDueAt: instant("callback_due_at"),
    callbacksPlanned: integer("callbacks_planned").notNull().default(0),
    callbacksSent: integer("callbacks_sent").notNull().default(0),
    lastCallbackStatus: integer("last_callback_status"),
    lastCallbackAt: instant("last_callback_at"),
  },
  (t) => [index("sandbox_cashier_payment_day_idx").on(t.paidOn), index("sandbox_cashier_payment_notice_idx").on(t.noticeNumber)],
);

/** How the sandbox behaves: repeat callbacks, deliver them late, or lose them. One row ("default"). */
export const sandboxCashierSetting = pgTable(
  "sandbox_cashier_setting",
  {
    name: text("name").primaryKey(),
    repeatCallbacks: integer("repeat_callbacks").notNull().default(1),
    delaySeconds: integer("delay_seconds").notNull().default(0),
    loseCallbacks: boolean("lose_callbacks").notNull().default(false),
    updatedAt: instant("updated_at").notNull(),
  },
  (t) => [
    check("sandbox_cashier_setting_repeat_range", sql`${t.repeatCallbacks} between 1 and 20`),
    check("sandbox_cashier_setting_delay_range", sql`${t.delaySeconds} between 0 and 3600`),
  ],
);

export type PaymentNotice = typeof paymentNotice.$inferSelect;
export type Payment = typeof payment.$inferSelect;
export type SandboxCashierPayment = typeof sandboxCashierPayment.$inferSelect;
