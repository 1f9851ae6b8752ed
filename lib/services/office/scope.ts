import { holdsRole, type StaffActor } from "@/lib/auth/staff-actor";
import { regionOrder, type Region } from "@/lib/rules";

export type ScopeRefusal = { ok: false; reason: "role" | "region" };

/** Any member of staff may read the reports (窗口经办, 审核, 管理员 alike): they hold counts, not people. */
export function mayReadReports(actor: StaffActor): boolean {
  return actor.roles.length > 0;
}

/** The audit trail is read by reviewers (审核), who check others' work, and admins (管理员); not by the counter's clerks. */
export function maySearchAudit(actor: StaffActor): boolean {
  return holdsRole(actor, "reviewer") || holdsRole(actor, "admin");
}

/** Whether the member of staff serves the region: their own, or every region when theirs is null. */
export function servesRegion(actor: StaffActor, region: string): boolean {
  return actor.region === null || actor.region === region;
}

/**
 * The regions a report covers: the one asked for, or every region the member of staff serves. A
 * region outside their scope is refused, not quietly emptied.
 */
export function reportRegions(actor: StaffActor, wanted: Region | null): { ok: true; regions: Region[] } | ScopeRefusal {
  if (!mayReadReports(actor)) return { ok: false, reason: "role" };
  if (wanted !== null) return servesRegion(actor, wanted) ? { ok: true, regions: [wanted] } : { ok: false, reason: "region" };
  return { ok: true, regions: regionOrder.filter((region) => servesRegion(actor, region)) };
}
