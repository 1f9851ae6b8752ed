import "server-only";
import { headers } from "next/headers";

/**
 * Where the collection service sends its confirmations: PORTAL_BASE_URL when set (production, or
 * behind a proxy); otherwise the address this request came in on (a demo, the end-to-end servers
 * at http://127.0.0.1:<port>). The address is inside the portal's signed order, so a browser cannot
 * point the cashier elsewhere.
 */
export async function callbackUrl(): Promise<string> {
  const base = process.env.PORTAL_BASE_URL;
  if (base) return new URL("/api/payments/callback", base).toString();
  const h = await headers();
  const host = h.get("host") ?? "127.0.0.1:3000";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}/api/payments/callback`;
}
