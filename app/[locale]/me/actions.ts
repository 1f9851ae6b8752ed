"use server";

import { clearSessionCookie, currentSession, sessionToken } from "@/lib/auth/request";
import { signOut, signOutEverywhere } from "@/lib/auth/sign-out";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";

export async function signOutAction(locale: string): Promise<void> {
  await signOut(await getDb(), await sessionToken(), now());
  await clearSessionCookie();
  redirect({ href: "/sign-in?signedOut=1", locale: isLocale(locale) ? locale : defaultLocale });
}

export async function signOutEverywhereAction(locale: string): Promise<void> {
  const session = await currentSession();
  if (session) await signOutEverywhere(await getDb(), session.accountId, now());
  await clearSessionCookie();
  redirect({ href: "/sign-in?signedOut=everywhere", locale: isLocale(locale) ? locale : defaultLocale });
}
