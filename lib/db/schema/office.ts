/** The insurance office's staff (经办后台): accounts with roles, separate from residents' accounts. */
import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import { instant } from "./columns";

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
    totpSecretSealed: text("totp_secret_sealed"),
    totpEnrolledAt: instant("totp_enrolled_at"),
    roles: text("roles", { enum: STAFF_ROLES }).array().notNull(),
    region: text("region"),
    failedAttempts: integer("failed_attempts").notNull().default(0),
    lockedUntil: instant("locked_until"),
    createdAt: instant("created_at").notNull(),
    disabledAt: instant("disabled_at"),
  },
  (t) => [check("staff_account_failed_attempts_range", sql`${t.failedAttempts} between 0 and 10`)],
);

export type StaffAccount = typeof staffAccount.$inferSelect;
