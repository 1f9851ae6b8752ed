import { sql } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { rowsOf } from "@/lib/db/driver";
import type { DbOrTx } from "@/lib/db/types";
import type { Region } from "@/lib/rules";
import { daysInclusive } from "@/lib/rules/dates";
import { REPORT_LIMITS } from "@/lib/forms/office-reports";
import { reportRegions, type ScopeRefusal } from "../scope";
import { householdInRegions } from "./in-regions";


/** Payments of one day through one channel (the provider that collected). Refund-due money is counted apart, never as paid. */
export type PaymentDay = { paidOn: string; channel: string; payments: number; amountFen: number; refundDue: number };
export type PaymentTotals = Omit<PaymentDay, "paidOn" | "channel">;
export type PaymentsReport = { from: string; to: string; regions: Region[]; days: PaymentDay[]; total: PaymentTotals };

/**
 * Payments by payment date (Asia/Shanghai) and channel, from `from` to `to` inclusive, for the
 * residents (households) of the regions the member of staff serves.
 */
export async function paymentsByDay(
  db: DbOrTx,
  actor: StaffActor,
  query: { from: string; to: string; region: Region | null },
): Promise<{ ok: true; report: PaymentsReport } | ScopeRefusal | { ok: false; reason: "range" }> {
  const scope = reportRegions(actor, query.region);
  if (!scope.ok) return scope;
  if (query.from > query.to || daysInclusive(query.from, query.to) > REPORT_LIMITS.paymentDays) return { ok: false, reason: "range" };
  const rows = rowsOf<{ paidOn: string; channel: string; payments: number; amountFen: string; refundDue: number }>(
    await db.execute(sql`
      select pay.paid_on::text as "paidOn", pay.provider as channel,
             count(*) filter (where pay.outcome = 'applied')::int as payments,
             coalesce(sum(pay.amount_fen) filter (where pay.outcome = 'applied'), 0)::text as "amountFen",
             count(*) filter (where pay.outcome = 'refund-due')::int as "refundDue"
      from payment pay
      join payment_notice n on n.id = pay.notice_id
      join registry_person p on p.id = n.person_id
      join registry_household h on h.id = p.household_id
      where pay.paid_on between ${query.from} and ${query.to} and ${householdInRegions(scope.regions)}
      group by pay.paid_on, pay.provider`),
  );
  const days = rows
    .map((row) => ({ ...row, amountFen: Number(row.amountFen) }))
    .sort((a, b) => a.paidOn.localeCompare(b.paidOn) || a.channel.localeCompare(b.channel));
  const total = days.reduce<PaymentTotals>(
    (sum, day) => ({ payments: sum.payments + day.payments, amountFen: sum.amountFen + day.amountFen, refundDue: sum.refundDue + day.refundDue }),
    { payments: 0, amountFen: 0, refundDue: 0 },
  );
  return { ok: true, report: { from: query.from, to: query.to, regions: scope.regions, days, total } };
}
