"use server";

import { clearStaffSessionCookie, currentStaff, staffSessionToken } from "@/lib/auth/staff/request";
import { signOutStaff, signOutStaffEverywhere } from "@/lib/auth/staff/sign-out";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { formAction, noFields } from "@/lib/web/form-action";

export async function signOutStaffAction(localeParam: string, data?: FormData): Promise<void> {
  const locale = isLocale(localeParam) ? localeParam : defaultLocale;
  await formAction(
    noFields,
    async () => {
      await signOutStaff(await getDb(), await staffSessionToken(), now());
      await clearStaffSessionCookie();
      redirect({ href: "/office/sign-in?signedOut=1", locale });
    },
    { locale },
  )(data);
}

export async function signOutEverywhereAction(localeParam: string, data?: FormData): Promise<void> {
  const locale = isLocale(localeParam) ? localeParam : defaultLocale;
  await formAction(
    noFields,
    async () => {
      const staff = await currentStaff();
      if (staff) await signOutStaffEverywhere(await getDb(), staff.staffId, now());
      await clearStaffSessionCookie();
      redirect({ href: "/office/sign-in?signedOut=everywhere", locale });
    },
    { locale },
  )(data);
}
