import type { Db } from "@/lib/db/types";
import { sealingKey } from "../seal";
import { serverKey } from "../secret";

/** The office's keys, both from the server secret (PORTAL_SECRET): keyed hashes, and the key that seals TOTP secrets and the codes between sign-in steps. */
export async function officeKeys(db: Db): Promise<{ hmac: Buffer; seal: Buffer }> {
  const hmac = await serverKey(db);
  return { hmac, seal: sealingKey(hmac, "office-totp") };
}
