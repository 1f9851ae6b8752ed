/** Resident accounts, one-time codes, sessions, rate limits, the SMS outbox and server secrets. */
import { sql } from "drizzle-orm";
import { bigserial, check, index, integer, pgTable, primaryKey, text, uuid, varchar } from "drizzle-orm/pg-core";
import { instant } from "./columns";
import { registryPerson } from "./registry";

/** A sign-in account: a phone number, bound to one registry person after the real-name check. */
export const account = pgTable(
  "account",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    phone: varchar("phone", { length: 11 }).notNull().unique(),
    personId: text("person_id")
      .unique()
      .references(() => registryPerson.id),
    boundAt: instant("bound_at"),
    realNameFailures: integer("real_name_failures").notNull().default(0),
    realNameLockedUntil: instant("real_name_locked_until"),
    /**
     * Whose name and ID number were typed last when this phone is not (yet) that person's: the person
     * the face check, the old phone's code or the counter must still prove (docs/decisions/0012).
     */
    claimPersonId: text("claim_person_id").references(() => registryPerson.id),
    claimedAt: instant("claimed_at"),
    createdAt: instant("created_at").notNull(),
    lastSignInAt: instant("last_sign_in_at"),
  },
  (t) => [check("account_real_name_failures_range", sql`${t.realNameFailures} between 0 and 5`)],
);

/** A one-time code sent by SMS: stored as a keyed hash, five tries, single use. */
export const otpChallenge = pgTable(
  "otp_challenge",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    phone: varchar("phone", { length: 11 }).notNull(),
    codeHash: text("code_hash").notNull(),
    createdAt: instant("created_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    consumedAt: instant("consumed_at"),
  },
  (t) => [index("otp_challenge_phone_idx").on(t.phone, t.createdAt), check("otp_challenge_attempts_range", sql`${t.attempts} between 0 and 5`)],
);

/** A server-side session. Only a hash of the cookie's random id is stored. */
export const session = pgTable(
  "session",
  {
    idHash: varchar("id_hash", { length: 64 }).primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id),
    createdAt: instant("created_at").notNull(),
    lastSeenAt: instant("last_seen_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    revokedAt: instant("revoked_at"),
  },
  (t) => [index("session_account_idx").on(t.accountId)],
);

/** Fixed-window counters (per phone, per client address), shared by every app instance. */
export const rateLimitWindow = pgTable(
  "rate_limit_window",
  {
    key: text("key").notNull(),
    windowStart: instant("window_start").notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

/** "Not again before": the 60-second wait between two codes to the same phone. */
export const rateLimitCooldown = pgTable("rate_limit_cooldown", {
  key: text("key").primaryKey(),
  nextAllowedAt: instant("next_allowed_at").notNull(),
});

/** What the local SMS adapter "sent": the demo stand-in for a phone's inbox. */
export const smsOutbox = pgTable(
  "sms_outbox",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    phone: varchar("phone", { length: 11 }).notNull(),
    body: text("body").notNull(),
    createdAt: instant("created_at").notNull(),
  },
  (t) => [index("sms_outbox_created_idx").on(t.createdAt)],
);

/** A random secret per database, for keyed hashes when PORTAL_SECRET is not set. */
export const serverSecret = pgTable("server_secret", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: instant("created_at").notNull(),
});

/**
 * One face check (刷脸认证) an account started for a claimed person, through the FaceVerifier
 * adapter: attempts are counted from these rows (failures in a window lock the route).
 */
export const faceCheck = pgTable(
  "face_check",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    /** Which adapter ran it ("local", or the provider's name) and the provider's own session id. */
    provider: text("provider").notNull(),
    providerRef: text("provider_ref").notNull(),
    status: text("status", { enum: ["pending", "passed", "failed", "expired"] }).notNull(),
    startedAt: instant("started_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    decidedAt: instant("decided_at"),
    /** When a passed check was used for a binding (once). */
    usedAt: instant("used_at"),
  },
  (t) => [
    index("face_check_account_idx").on(t.accountId, t.startedAt),
    index("face_check_person_idx").on(t.personId, t.startedAt),
    index("face_check_provider_ref_idx").on(t.provider, t.providerRef),
  ],
);

/** The local face adapter's own sessions: the stand-in for a provider's server, decided on the demo face page. */
export const localFaceSession = pgTable("local_face_session", {
  id: uuid("id").primaryKey().defaultRandom(),
  personId: text("person_id")
    .notNull()
    .references(() => registryPerson.id),
  outcome: text("outcome", { enum: ["pending", "passed", "failed"] }).notNull(),
  createdAt: instant("created_at").notNull(),
  decidedAt: instant("decided_at"),
});

/**
 * Moving a person's binding to a new phone: a code sent to the phone already bound, typed on the new
 * one. Stored as a keyed hash, five tries, single use (as otp_challenge).
 */
export const rebindCode = pgTable(
  "rebind_code",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => account.id),
    personId: text("person_id")
      .notNull()
      .references(() => registryPerson.id),
    oldAccountId: uuid("old_account_id")
      .notNull()
      .references(() => account.id),
    codeHash: text("code_hash").notNull(),
    createdAt: instant("created_at").notNull(),
    expiresAt: instant("expires_at").notNull(),
    attempts: integer("attempts").notNull().default(0),
    consumedAt: instant("consumed_at"),
  },
  (t) => [index("rebind_code_account_idx").on(t.accountId, t.createdAt), check("rebind_code_attempts_range", sql`${t.attempts} between 0 and 5`)],
);
