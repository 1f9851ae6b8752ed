import { createHmac, timingSafeEqual } from "node:crypto";
import { namedSecret } from "@/lib/auth/secret";
import type { Db } from "@/lib/db/types";

/** The header that carries the HMAC-SHA256 of a message between the portal and the cashier. */
export const SIGNATURE_HEADER = "x-cashier-signature";

/** The secret the portal shares with the collection service (PORTAL_CASHIER_SECRET; the sandbox cashier reads the same row). */
export function cashierKey(db: Db): Promise<Buffer> {
  return namedSecret(db, "cashier");
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
