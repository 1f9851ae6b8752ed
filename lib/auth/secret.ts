import { createHash, createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { serverSecret } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

/**
 * The portal's named secrets: each is set in the environment in production; otherwise a random
 * secret is kept in the server_secret row of that name, so that every instance on the same database
 * (and the sandbox cashier beside the portal) agrees.
 */
const SECRETS = {
  /** The key for keyed hashes: one-time codes, references to phones and client addresses in the audit trail and rate limits. */
  hmac: { env: "PORTAL_SECRET", fromEnv: (value: string) => createHash("sha256").update(value).digest(), missing: "server secret missing" },
  /** The secret the portal shares with the collection service (lib/cashier/signature.ts). */
  cashier: { env: "PORTAL_CASHIER_SECRET", fromEnv: (value: string) => Buffer.from(value, "utf8"), missing: "cashier secret missing" },
  /** The sandbox cashier's own key: always the database row, never PORTAL_CASHIER_SECRET, so a sandbox signature can never pass for the real cashier's. */
  "sandbox-cashier": { env: null, fromEnv: (value: string) => Buffer.from(value, "utf8"), missing: "sandbox cashier secret missing" },
} as const;

export type SecretName = keyof typeof SECRETS;

const cache = new WeakMap<object, Map<SecretName, Promise<Buffer>>>();

/** A secret from the environment, else from the database (created there on first use). */
export function namedSecret(db: Db, name: SecretName): Promise<Buffer> {
  const { env, fromEnv } = SECRETS[name];
  const configured = env ? process.env[env] : undefined;
  if (configured) return Promise.resolve(fromEnv(configured));
  const loaded = cache.get(db) ?? new Map<SecretName, Promise<Buffer>>();
  cache.set(db, loaded);
  let key = loaded.get(name);
  if (!key) {
    key = loadOrCreate(db, name);
    key.catch(() => loaded.delete(name));
    loaded.set(name, key);
  }
  return key;
}

async function loadOrCreate(db: Db, name: SecretName): Promise<Buffer> {
  await db
    .insert(serverSecret)
    .values({ name, value: randomBytes(32).toString("hex"), createdAt: new Date(0) })
    .onConflictDoNothing({ target: serverSecret.name });
  const [row] = await db.select({ value: serverSecret.value }).from(serverSecret).where(eq(serverSecret.name, name));
  if (!row) throw new Error(SECRETS[name].missing);
  return Buffer.from(row.value, "hex");
}

/** The key for keyed hashes (PORTAL_SECRET). */
export function serverKey(db: Db): Promise<Buffer> {
  return namedSecret(db, "hmac");
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
