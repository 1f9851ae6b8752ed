import "server-only";
import type { StaffActor, StaffRole } from "@/lib/auth/staff-actor";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The signed-in member of the office's staff holding `role` (any role when omitted). Without a
 * staff session: a redirect to /office/sign-in. Without the role: the console's refusal page.
 * A resident's session never counts.
 *
 * CONTRACT for the office console (issue 14); the staff sign-in replaces this body.
 */
export async function requireStaff(locale: Locale, role?: StaffRole): Promise<StaffActor> {
  void role;
  return redirect({ href: "/office/sign-in", locale });
}
