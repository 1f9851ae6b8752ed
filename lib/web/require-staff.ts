import "server-only";
import { holdsRole, type StaffActor, type StaffRole } from "@/lib/auth/staff-actor";
import { currentStaff, staffSessionToken } from "@/lib/auth/staff/request";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The signed-in member of the office's staff holding one of `roles` (any role when none is named). Without a
 * staff session: a redirect to /office/sign-in (saying the session ended, when this browser had
 * one). Without the role: a redirect to /office/forbidden, the console's refusal page answered with
 * 403 (Next's forbidden() renders nothing without JavaScript; docs/decisions/0015). A resident's
 * session never counts: it is another cookie and another table.
 */
export async function requireStaff(locale: Locale, ...roles: StaffRole[]): Promise<StaffActor> {
  const staff = await currentStaff();
  if (!staff) return redirect({ href: (await staffSessionToken()) ? "/office/sign-in?ended=1" : "/office/sign-in", locale });
  if (roles.length > 0 && !roles.some((role) => holdsRole(staff, role))) return redirect({ href: "/office/forbidden", locale });
  return { staffId: staff.staffId, staffNumber: staff.staffNumber, roles: staff.roles, region: staff.region };
}
