import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { clientAddressFrom, trustedProxies } from "./client-address";
import { CODE_POLICIES } from "./one-time-code";
import { resolveSession, type CurrentSession } from "./sessions";

/**
 * Cookies and the client's address, for pages and server actions. Under https the cookies carry
 * the __Host- prefix (Secure, no Domain, Path=/), which browsers refuse over plain http; the
 * end-to-end servers run on http://127.0.0.1, so there the plain name is used
 * (docs/decisions/0007-sessions-and-one-time-codes.md).
 */
const SESSION = "portal-session";
const PENDING = "portal-sign-in";

async function isHttps(): Promise<boolean> {
  const forwarded = (await headers()).get("x-forwarded-proto") ?? "";
  return forwarded.split(",")[0]?.trim() === "https";
}

/** The cookie's name (with the __Host- prefix under https) and its attributes. */
export async function cookieSettings(base: string) {
  const secure = await isHttps();
  return { name: secure ? `__Host-${base}` : base, options: { httpOnly: true, sameSite: "lax" as const, secure, path: "/" } };
}

/**
 * The client's address, from X-Forwarded-For and the number of proxies of our own in front of the
 * portal (PORTAL_TRUSTED_PROXIES; lib/auth/client-address.ts, docs/decisions/0013). Used only as a
 * rate-limit key, as a keyed hash.
 */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom((await headers()).get("x-forwarded-for"), trustedProxies());
}

export async function sessionToken(): Promise<string | undefined> {
  const { name } = await cookieSettings(SESSION);
  return (await cookies()).get(name)?.value;
}

export async function setSessionCookie(token: string): Promise<void> {
  const { name, options } = await cookieSettings(SESSION);
  // A browser-session cookie: closing the browser ends it; the server ends it after 30 idle minutes.
  (await cookies()).set(name, token, options);
}

export async function clearSessionCookie(): Promise<void> {
  const { name, options } = await cookieSettings(SESSION);
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}

/** The pending sign-in: which one-time code this browser is entering. */
export async function pendingChallengeId(): Promise<string | undefined> {
  const { name } = await cookieSettings(PENDING);
  return (await cookies()).get(name)?.value;
}

export async function setPendingChallenge(challengeId: string): Promise<void> {
  const { name, options } = await cookieSettings(PENDING);
  (await cookies()).set(name, challengeId, { ...options, maxAge: CODE_POLICIES["sign-in"].pendingSeconds });
}

export async function clearPendingChallenge(): Promise<void> {
  const { name, options } = await cookieSettings(PENDING);
  (await cookies()).set(name, "", { ...options, maxAge: 0 });
}

/** The signed-in account of this request, if any (once per request). */
export const currentSession = cache(async (): Promise<CurrentSession | null> => {
  const token = await sessionToken();
  if (!token) return null;
  return resolveSession(await getDb(), token, now());
});

/**
 * The signed-in account of this request without marking the session as used: for background
 * polling (the enrollment and payment-notice status endpoints), which must not keep an unattended
 * session alive past the idle limit.
 */
export const peekSession = cache(async (): Promise<CurrentSession | null> => {
  const token = await sessionToken();
  if (!token) return null;
  return resolveSession(await getDb(), token, now(), { touch: false });
});
