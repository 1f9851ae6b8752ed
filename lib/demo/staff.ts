/**
 * The demo office's staff: one per role, a second reviewer (so that a refund prepared by one
 * person can be approved by another, and two reviewers can race), and a clerk for one region only.
 * Passwords and TOTP secrets are public (README "Demo staff"): they exist on demo servers only
 * (lib/deployment.ts) and are already enrolled, so a tester signs in with the password and the
 * code from `npm run office -- totp <secret>` or any authenticator app.
 */
import type { StaffRole } from "@/lib/auth/staff-actor";

export type DemoStaff = { staffNumber: string; displayName: string; roles: StaffRole[]; region: string | null; password: string; totpSecret: string };

export const DEMO_STAFF: readonly DemoStaff[] = [
  { staffNumber: "0001", displayName: "王晓梅", roles: ["clerk"], region: null, password: "demo-clerk-pass", totpSecret: "6LTFT4PJCJJDTK3OUKUE3G3WV5ZAPBID" },
  { staffNumber: "0002", displayName: "陈立华", roles: ["reviewer"], region: null, password: "demo-reviewer-pass", totpSecret: "7464VTXIBBDMCOTOQ6KW6IBABAHUUT3I" },
  { staffNumber: "0003", displayName: "赵建国", roles: ["admin"], region: null, password: "demo-admin-pass", totpSecret: "Z5SO23VNDVHRUAN3GIADZY2KHE6RVG67" },
  { staffNumber: "0004", displayName: "刘芳", roles: ["reviewer"], region: null, password: "demo-reviewer2-pass", totpSecret: "ZIOF4A62UZ3WMHSHED5SFVONGBBNIBGS" },
  { staffNumber: "0005", displayName: "马文静", roles: ["clerk"], region: "ningxia", password: "demo-clerk-nx-pass", totpSecret: "X66XQ3J2ZMOJAF7MAO5ZEYHQ62Y6PLE6" },
];

/** The table printed at a demo server's first start. */
export function demoStaffTable(): string {
  return DEMO_STAFF.map((s) => `  ${s.staffNumber}  ${s.roles.join("+").padEnd(9)} ${(s.region ?? "all").padEnd(8)} password ${s.password.padEnd(20)} TOTP secret ${s.totpSecret}`).join("\n");
}
