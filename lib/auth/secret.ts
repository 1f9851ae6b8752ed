import { createHash, createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { serverSecret } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

const cache = new WeakMap<object, Promise<Buffer>>();

/**
 * The key for keyed hashes (one-time codes, references to phones and client addresses in the audit
 * trail and rate limits). PORTAL_SECRET in production; otherwise a random secret kept in the
 * database, so that every instance on the same database agrees.
 */
export function serverKey(db: Db): Promise<Buffer> {
  const configured = process.env.PORTAL_SECRET;
  if (configured) return Promise.resolve(createHash("sha256").update(configured).digest());
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
    .values({ name: "hmac", value: randomBytes(32).toString("hex"), createdAt: new Date(0) })
    .onConflictDoNothing({ target: serverSecret.name });
  const [row] = await db.select({ value: serverSecret.value }).from(serverSecret).where(eq(serverSecret.name, "hmac"));
  if (!row) throw new Error("server secret missing");
  return Buffer.from(row.value, "hex");
}

/** HMAC-SHA256 of the parts, hex. */
export function keyedHash(key: Buffer, ...parts: string[]): string {
  const mac = createHmac("sha256", key);
  for (const part of parts) mac.update(part).update("\u0000");
  return mac.digest("hex");
}

/** A short stable reference to a phone or an address: lets the audit trail group events without holding the number. */
export function reference(key: Buffer, kind: "phone" | "client", value: string): string {
  return keyedHash(key, "ref", kind, value).slice(0, 16);
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}
