import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { cookieSettings } from "../request";
import { STAFF_POLICY } from "./policy";
import { resolveStaffSession, type StaffSession } from "./sessions";

/**
 * The office's own cookies, beside and never instead of the resident's: `__Host-office` (the
 * session) and `__Host-office-sign-in` (a sign-in between its steps) under https, without the
 * prefix on the plain-http end-to-end servers, as lib/auth/request.ts does for residents.
 */
const SESSION = "office";
const PENDING = "office-sign-in";

async function read(base: string): Promise<string | undefined> {
  const { name } = await cookieSettings(base);
  return (await cookies()).get(name)?.value;
}

async function write(base: string, value: string, maxAge?: number): Promise<void> {
  const { name, options } = await cookieSettings(base);
  (await cookies()).set(name, value, maxAge === undefined ? options : { ...options, maxAge });
}

export const staffSessionToken = () => read(SESSION);
/** A browser-session cookie: closing the browser ends it; the server ends it after 15 idle minutes. */
export const setStaffSessionCookie = (token: string) => write(SESSION, token);
export const clearStaffSessionCookie = () => write(SESSION, "", 0);

export const pendingSignInToken = () => read(PENDING);
export const setPendingSignInCookie = (token: string) => write(PENDING, token, STAFF_POLICY.pending.ttlSeconds);
export const clearPendingSignInCookie = () => write(PENDING, "", 0);

/** The signed-in member of staff of this request, if any (once per request). */
export const currentStaff = cache(async (): Promise<StaffSession | null> => {
  const token = await staffSessionToken();
  if (!token) return null;
  return resolveStaffSession(await getDb(), token, now());
});
