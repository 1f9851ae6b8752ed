import { namedSecret } from "@/lib/auth/secret";
import type { Db } from "@/lib/db/types";
import { demoMode } from "@/lib/deployment";

/**
 * The collection services the portal knows: the tax bureau's (its key is PORTAL_CASHIER_SECRET) and
 * the local sandbox that stands in for it (a key of its own, kept in the database). Each signs with
 * its own key and names itself in every confirmation, so a payment recorded from the sandbox can
 * never be mistaken for a real one.
 */
export const CASHIER_PROVIDERS = ["tax-bureau", "sandbox-cashier"] as const;
export type CashierProvider = (typeof CASHIER_PROVIDERS)[number];

const SECRET_OF = { "tax-bureau": "cashier", "sandbox-cashier": "sandbox-cashier" } as const;

export function providerKey(db: Db, provider: CashierProvider): Promise<Buffer> {
  return namedSecret(db, SECRET_OF[provider]);
}

/** The sandbox runs in demo mode (lib/deployment.ts) and where PORTAL_SANDBOX_CASHIER=1; never by default in production. */
export function sandboxEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return demoMode(env) || env.PORTAL_SANDBOX_CASHIER === "1";
}

/** Whose confirmations this server accepts: the tax bureau's always, the sandbox's only where the sandbox runs. */
export function acceptedProviders(env: NodeJS.ProcessEnv = process.env): CashierProvider[] {
  return sandboxEnabled(env) ? ["tax-bureau", "sandbox-cashier"] : ["tax-bureau"];
}
