import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { OfficeHeader } from "@/components/office/OfficeHeader";
import { currentStaff } from "@/lib/auth/staff/request";
import type { Locale } from "@/lib/i18n/routing";
import { requireStaff } from "@/lib/web/require-staff";
import { signOutEverywhereAction, signOutStaffAction } from "./actions";

/** Every page of the console, for a signed-in member of staff only: the console's bar above the page. */
export default async function ConsoleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff(locale);
  const staff = (await currentStaff())!;
  return (
    <>
      <OfficeHeader staff={staff} signOut={signOutStaffAction.bind(null, locale)} signOutEverywhere={signOutEverywhereAction.bind(null, locale)} />
      {children}
    </>
  );
}
