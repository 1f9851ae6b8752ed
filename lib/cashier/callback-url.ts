import "server-only";
import { headers } from "next/headers";
import { demoMode } from "@/lib/deployment";

const CALLBACK_PATH = "/api/payments/callback";

/**
 * Where the collection service sends its confirmations: PORTAL_BASE_URL (required in production,
 * lib/deployment.ts). Only a demo or development server, which has no public address, falls back to
 * the address the request came in on (http://127.0.0.1:<port>); a production server never trusts the
 * Host header, or a forged one would get a validly signed confirmation sent elsewhere. The address is
 * inside the portal's signed order, so a browser cannot point the cashier elsewhere.
 */
export function callbackUrlFor(env: NodeJS.ProcessEnv, requestHeaders: Pick<Headers, "get">): string {
  const base = env.PORTAL_BASE_URL;
  if (base) return new URL(CALLBACK_PATH, base).toString();
  if (!demoMode(env)) throw new Error("PORTAL_BASE_URL is not set: a production server does not take its address from the request.");
  const host = requestHeaders.get("host") ?? "127.0.0.1:3000";
  const proto = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  return `${proto}://${host}${CALLBACK_PATH}`;
}

export async function callbackUrl(): Promise<string> {
  return callbackUrlFor(process.env, await headers());
}
