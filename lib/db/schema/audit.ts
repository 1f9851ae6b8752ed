import { bigserial, index, jsonb, pgTable, text, uuid, varchar } from "drizzle-orm/pg-core";
import { instant } from "./columns";

/**
 * Who did what for whom, when. Append-only (a trigger refuses UPDATE and DELETE). Never holds a raw
 * ID or phone number: people are referred to by account and registry id, phones by a keyed hash.
 */
export const auditEvent = pgTable(
  "audit_event",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: instant("at").notNull(),
    action: text("action").notNull(),
    outcome: text("outcome").notNull(),
    accountId: uuid("account_id"),
    /** The member of staff who acted (office console), if any. */
    staffId: uuid("staff_id"),
    personId: text("person_id"),
    phoneRef: varchar("phone_ref", { length: 16 }),
    clientRef: varchar("client_ref", { length: 16 }),
    detail: jsonb("detail").$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [
    index("audit_event_account_idx").on(t.accountId, t.at),
    index("audit_event_action_idx").on(t.action, t.at),
    index("audit_event_staff_idx").on(t.staffId, t.at),
    // The office's audit search by person pages by id (keyset).
    index("audit_event_person_idx").on(t.personId, t.id),
  ],
);
