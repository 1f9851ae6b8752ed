import { desc } from "drizzle-orm";
import { smsOutbox } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { demoMode } from "@/lib/deployment";
import { maskPhone } from "@/lib/identity/phone";

/** The demo outbox page exists only in demo mode (lib/deployment.ts). */
export function outboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return demoMode(env);
}

/** The latest messages, newest first, with the phone masked as everywhere else. */
export async function latestOutboxMessages(db: Db, limit = 50) {
  const rows = await db.select().from(smsOutbox).orderBy(desc(smsOutbox.id)).limit(limit);
  return rows.map((row) => ({ id: row.id, phoneMasked: maskPhone(row.phone), text: row.body, sentAt: row.createdAt }));
}
