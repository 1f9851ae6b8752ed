import { sql } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { rowsOf } from "@/lib/db/driver";
import type { DbOrTx } from "@/lib/db/types";
import type { Region } from "@/lib/rules";
import { addDays } from "@/lib/rules/dates";
import { REPORT_LIMITS } from "@/lib/forms/office-reports";
import { reportRegions, type ScopeRefusal } from "../scope";
import { householdInRegions } from "./in-regions";


/** Open notices of one district that must be paid by one date. */
export type DeadlineGroup = { region: Region; district: string; dueDate: string; notices: number; amountFen: number };
export type DeadlinesReport = { today: string; until: string; withinDays: number; groups: DeadlineGroup[]; total: { notices: number; amountFen: number } };

const COLLATOR = new Intl.Collator("zh-Hans-CN");

/**
 * Notices still open on `today` whose pay-by date is within `withinDays` days (today included),
 * by district and date: the residents the office may want to remind.
 */
export async function noticesNearDeadline(
  db: DbOrTx,
  actor: StaffActor,
  query: { withinDays: number; region: Region | null },
  today: string,
): Promise<{ ok: true; report: DeadlinesReport } | ScopeRefusal | { ok: false; reason: "range" }> {
  const scope = reportRegions(actor, query.region);
  if (!scope.ok) return scope;
  if (!Number.isInteger(query.withinDays) || query.withinDays < 0 || query.withinDays > REPORT_LIMITS.deadlineDays) return { ok: false, reason: "range" };
  const until = addDays(today, query.withinDays);
  const rows = rowsOf<{ region: Region; district: string; dueDate: string; notices: number; amountFen: string }>(
    await db.execute(sql`
      select h.region, h.district, n.due_date::text as "dueDate", count(*)::int as notices, sum(n.amount_fen)::text as "amountFen"
      from payment_notice n
      join registry_person p on p.id = n.person_id
      join registry_household h on h.id = p.household_id
      where n.status = 'open' and n.due_date between ${today} and ${until} and ${householdInRegions(scope.regions)}
      group by h.region, h.district, n.due_date`),
  );
  const order = (region: Region) => scope.regions.indexOf(region);
  const groups = rows
    .map((row) => ({ ...row, amountFen: Number(row.amountFen) }))
    .sort((a, b) => order(a.region) - order(b.region) || a.dueDate.localeCompare(b.dueDate) || COLLATOR.compare(a.district, b.district));
  const total = groups.reduce((sum, g) => ({ notices: sum.notices + g.notices, amountFen: sum.amountFen + g.amountFen }), { notices: 0, amountFen: 0 });
  return { ok: true, report: { today, until, withinDays: query.withinDays, groups, total } };
}
