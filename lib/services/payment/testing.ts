import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/types";
import type { CashierCallback } from "@/lib/cashier/callback";
import { providerKey } from "@/lib/cashier/providers";
import { sign } from "@/lib/cashier/signature";

/** A confirmation as the sandbox cashier sends it: the body exactly as signed, and its signature. */
export async function signedCallback(db: Db, fields: Partial<CashierCallback> & Pick<CashierCallback, "noticeNumber" | "amountFen">) {
  const body = JSON.stringify({
    provider: "sandbox-cashier",
    reference: `SBX${randomBytes(6).toString("hex").toUpperCase()}`,
    paidAt: "2025-11-20T03:00:00.000Z",
    status: "paid",
    ...fields,
  } satisfies CashierCallback);
  return { body, signature: sign(await providerKey(db, "sandbox-cashier"), body), fields: JSON.parse(body) as CashierCallback };
}
