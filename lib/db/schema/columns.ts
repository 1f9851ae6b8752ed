import { date, timestamp } from "drizzle-orm/pg-core";

/** Instants are `timestamptz` read as Date; dates are `date` columns read as YYYY-MM-DD strings. */
export const instant = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });
export const day = (name: string) => date(name, { mode: "string" });
