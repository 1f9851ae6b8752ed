import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { eq } from "drizzle-orm";
import { serverSecret } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/** The header that carries the HMAC-SHA256 of a message between the portal and the cashier. */
export const SIGNATURE_HEADER = "x-cashier-signature";

const cache = new WeakMap<object, Promise<Buffer>>();

/**
 * The secret the portal shares with the collection service: PORTAL_CASHIER_SECRET in production;
 * otherwise a random secret kept in the database (the sandbox cashier runs beside the portal and
 * reads the same row), so that every instance agrees.
 */
export function cashierKey(db: Db): Promise<Buffer> {
  const configured = process.env.PORTAL_CASHIER_SECRET;
  if (configured) return Promise.resolve(Buffer.from(configured, "utf8"));
  let key = cache.get(db);
  if (!key) {
    key = loadOrCreate(db);
    key.catch(() => cache.delete(db));
    cache.set(db, key);
  }
  return key;
}

async function loadOrCreate(db: Db): Promise<Buffer> {
  await db
    .insert(serverSecret)
    .values({ name: "cashier", value: randomBytes(32).toString("hex"), createdAt: new Date(0) })
    .onConflictDoNothing({ target: serverSecret.name });
  const [row] = await db.select({ value: serverSecret.value }).from(serverSecret).where(eq(serverSecret.name, "cashier"));
  if (!row) throw new Error("cashier secret missing");
  return Buffer.from(row.value, "hex");
}

/** HMAC-SHA256 of the exact bytes sent, hex. */
export function sign(key: Buffer, message: string): string {
  return createHmac("sha256", key).update(message, "utf8").digest("hex");
}

/** Whether the signature is the message's, compared in constant time. Anything not 64 hex digits is false. */
export function verify(key: Buffer, message: string, signature: string | null | undefined): boolean {
  if (!signature || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  const expected = Buffer.from(sign(key, message), "hex");
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}
