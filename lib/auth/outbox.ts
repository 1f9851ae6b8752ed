import { desc } from "drizzle-orm";
import { smsOutbox } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { maskPhone } from "@/lib/identity/phone";

/** The demo outbox page exists only on demo and test servers (PORTAL_DEMO=1) and in development. */
export function outboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PORTAL_DEMO === "1" || env.NODE_ENV === "development";
}

/** The latest messages, newest first, with the phone masked as everywhere else. */
export async function latestOutboxMessages(db: Db, limit = 50) {
  const rows = await db.select().from(smsOutbox).orderBy(desc(smsOutbox.id)).limit(limit);
  return rows.map((row) => ({ id: row.id, phoneMasked: maskPhone(row.phone), text: row.body, sentAt: row.createdAt }));
}
