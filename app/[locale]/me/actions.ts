"use server";

import { clearSessionCookie, currentSession, sessionToken } from "@/lib/auth/request";
import { signOut, signOutEverywhere } from "@/lib/auth/sign-out";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { formAction, noFields } from "@/lib/web/form-action";

export async function signOutAction(locale: string, data?: FormData): Promise<void> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  await formAction(
    noFields,
    async () => {
      await signOut(await getDb(), await sessionToken(), now());
      await clearSessionCookie();
      redirect({ href: "/sign-in?signedOut=1", locale: lang });
    },
    { locale: lang },
  )(data);
}

export async function signOutEverywhereAction(locale: string, data?: FormData): Promise<void> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  await formAction(
    noFields,
    async () => {
      const session = await currentSession();
      if (session) await signOutEverywhere(await getDb(), session.accountId, now());
      await clearSessionCookie();
      redirect({ href: "/sign-in?signedOut=everywhere", locale: lang });
    },
    { locale: lang },
  )(data);
}
