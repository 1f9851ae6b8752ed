/**
 * Registration (J3), My enrollments (J4) and consent of an adult relative.
 */
import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgSequence, pgTable, text, uniqueIndex, uuid, varchar } from "drizzle-orm/pg-core";
import { day, instant } from "./columns";
import type { EligibilityAnswer, ParsedRequest } from "@/lib/rules";
import { registryPerson } from "./registry";
import { account } from "./sign-in";

export const ENROLLMENT_STATUSES = ["registered", "cancelled", "paid"] as const;
export const ACTING_AS = ["self", "guardian", "delegate"] as const;
export const DELEGATION_STATUSES = ["pending", "active", "withdrawn", "refused", "expired"] as const;
/** What a consent covers (docs/decisions/0014): "registration" is 参保登记 for one coverage year and the payment of that registration's notice. */
export const DELEGATION_SCOPES = ["registration"] as const;
export const REGISTRATION_STEPS = ["facts", "details", "check"] as const;
export const CORRECTION_STATUSES = ["open", "accepted", "rejected"] as const;

/** Numbers the reference numbers (CX + year + sequence + check character). */
export const enrollmentReferenceSeq = pgSequence("enrollment_reference_seq", { startWith: 1 });

/**
 * 参保登记: one live enrollment per person and coverage year (a partial unique index, so that a
 * cancelled one does not block a new one). The decision record (request, answer, pack) is written
 * once; a trigger refuses any later change to it.
 */
export const enrollment = pgTable(
  "enrollment",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    reference: varchar("reference", { length: 20 }).notNull().unique(),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    coverageYear: integer("coverage_year").notNull(),
    packId: text("pack_id").notNull(),
    /** sha256 of the pack's published description when the decision was made. */
    packFingerprint: varchar("pack_fingerprint", { length: 64 }).notNull(),
    status: text("status", { enum: ENROLLMENT_STATUSES }).notNull(),
    category: text("category").notNull(),
    route: text("route").notNull(),
    request: jsonb("request").$type<ParsedRequest>().notNull(),
    answer: jsonb("answer").$type<EligibilityAnswer>().notNull(),
    /** What the resident entered: contact phone and the route's numbers (never shown unmasked). */
    contactPhone: varchar("contact_phone", { length: 11 }).notNull(),
    permitNumber: text("permit_number"),
    actorAccountId: uuid("actor_account_id")
      .notNull()
      .references(() => account.id),
    actorPersonId: text("actor_person_id").notNull(),
    actingAs: text("acting_as", { enum: ACTING_AS }).notNull(),
    delegationId: uuid("delegation_id"),
    submittedAt: instant("submitted_at").notNull(),
    cancelledAt: instant("cancelled_at"),
    cancelledByAccountId: uuid("cancelled_by_account_id"),
  },
  (t) => [
    uniqueIndex("enrollment_one_live_per_person_year").on(t.personId, t.coverageYear).where(sql`${t.status} <> 'cancelled'`),
    index("enrollment_person_idx").on(t.personId),
    check("enrollment_cancelled_has_time", sql`(${t.status} = 'cancelled') = (${t.cancelledAt} is not null)`),
  ],
);

/** A registration in progress: one per account, resumed at its step after signing in again. */
export const registrationDraft = pgTable("registration_draft", {
  accountId: uuid("account_id")
    .primaryKey()
    .references(() => account.id),
  personId: text("person_id")
    .notNull()
    .references(() => registryPerson.id),
  packId: text("pack_id").notNull(),
  step: text("step", { enum: REGISTRATION_STEPS }).notNull(),
  data: jsonb("data").$type<Record<string, string>>().notNull().default({}),
  updatedAt: instant("updated_at").notNull(),
});

/**
 * Consent of an adult relative (the principal) for another resident (the agent) to act for them.
 * Pending until the relative enters the code sent to their registered phone or approves on their
 * own 我的 page; active until withdrawn or its end date (docs/decisions/0014). It covers its scope for
 * one coverage year. One open (pending or active) consent per pair and coverage year.
 */
export const delegation = pgTable(
  "delegation",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    principalPersonId: text("principal_person_id")
      .notNull()
      .references(() => registryPerson.id),
    agentPersonId: text("agent_person_id")
      .notNull()
      .references(() => registryPerson.id),
    agentAccountId: uuid("agent_account_id").notNull(),
    /** What the principal is to the agent (registry relation code). */
    relation: text("relation").notNull(),
    status: text("status", { enum: DELEGATION_STATUSES }).notNull(),
    scope: text("scope", { enum: DELEGATION_SCOPES }).notNull(),
    coverageYear: integer("coverage_year").notNull(),
    /** The last day the consent may be used (inclusive): the end of its coverage year. */
    endsOn: day("ends_on").notNull(),
    codeHash: text("code_hash"),
    codeExpiresAt: instant("code_expires_at"),
    attempts: integer("attempts").notNull().default(0),
    method: text("method", { enum: ["sms-code", "in-app"] }),
    createdAt: instant("created_at").notNull(),
    decidedAt: instant("decided_at"),
    withdrawnAt: instant("withdrawn_at"),
  },
  (t) => [
    uniqueIndex("delegation_one_open_per_pair")
      .on(t.principalPersonId, t.agentPersonId, t.coverageYear)
      .where(sql`${t.status} in ('pending', 'active')`),
    index("delegation_agent_idx").on(t.agentPersonId),
    check("delegation_attempts_range", sql`${t.attempts} between 0 and 5`),
    check("delegation_not_self", sql`${t.principalPersonId} <> ${t.agentPersonId}`),
  ],
);

/** "This is wrong": a resident's report that a registry fact is wrong. Recorded; does not block. */
export const correctionRequest = pgTable(
  "correction_request",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id),
    fact: text("fact").notNull(),
    note: text("note").notNull(),
    status: text("status", { enum: CORRECTION_STATUSES }).notNull().default("open"),
    createdAt: instant("created_at").notNull(),
    /** The office's decision: by which member of staff, when, and the reason (a rejection's, or the clerk's note). */
    decidedAt: instant("decided_at"),
    decidedByStaffId: uuid("decided_by_staff_id"),
    reason: text("reason"),
    /** Accepted: the value the clerk entered, and the rules' answer on the corrected facts. */
    correctedValue: jsonb("corrected_value").$type<Record<string, string | string[]>>(),
    reassessment: jsonb("reassessment").$type<Reassessment>(),
  },
  (t) => [
    index("correction_request_person_idx").on(t.personId),
    index("correction_request_status_idx").on(t.status, t.createdAt),
    check("correction_request_decided", sql`(${t.status} = 'open') = (${t.decidedAt} is null)`),
    check("correction_request_rejected_has_reason", sql`${t.status} <> 'rejected' or ${t.reason} is not null`),
  ],
);

/** What the rules said about the person once a correction was made (the enrollment's own decision record stays as it was). */
export type Reassessment = {
  packId: string;
  coverageYear: number;
  outcome: string;
  eligible: boolean;
  category: string;
  payableFen: number | null;
  /** The live enrollment of that year, and whether the corrected facts give another category or amount than it was decided on. */
  enrollment: { reference: string; category: string; payableFen: number | null; differs: boolean } | null;
};
