import "server-only";
import { getTranslations } from "next-intl/server";
import { channelKey } from "@/components/office/reports/channel-key";
import { groupLabeller } from "@/components/office/reports/group-label";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { deadlinesQuerySchema, paymentsQuerySchema, rateQuerySchema } from "@/lib/forms/office-reports";
import { parseQuery, type QueryParams } from "@/lib/forms/query";
import type { Locale } from "@/lib/i18n/routing";
import { packForRegion, packsOn, type Region } from "@/lib/rules";
import { addDays } from "@/lib/rules/dates";
import type { ExportRequest, ExportTable, ExportWords } from "@/lib/services/office/reports/export";
import { reportRegions } from "@/lib/services/office/scope";

/** The regions a member of staff serves (none for someone without a role: the report refuses them). */
export function servedRegions(actor: StaffActor): Region[] {
  const scope = reportRegions(actor, null);
  return scope.ok ? scope.regions : [];
}

const regionOf = (value: string): Region | null => (value === "ningbo" || value === "ningxia" ? value : null);

/** Coverage years with a pack for a region the member of staff serves, newest first; and the one to show first (the current pack's). */
export function reportYears(actor: StaffActor, today: string): { years: number[]; current: number } {
  const regions = servedRegions(actor);
  const years = [...new Set(packsOn(today).filter((pack) => regions.includes(pack.region)).map((pack) => pack.coverageYear))].sort((a, b) => b - a);
  const current = regions.map((region) => packForRegion(region, today)?.coverageYear).find((year) => year !== undefined) ?? years[0] ?? Number(today.slice(0, 4));
  return { years, current };
}

export function rateQuery(params: QueryParams, actor: StaffActor, today: string) {
  const { years, current } = reportYears(actor, today);
  const parsed = parseQuery(rateQuerySchema, params, { year: String(current) });
  const known = parsed.data && years.includes(Number(parsed.data.year));
  const errors = parsed.data && !known ? [{ field: "year", message: "yearInvalid" }] : parsed.errors;
  const request = parsed.data && known ? { coverageYear: Number(parsed.data.year), region: regionOf(parsed.data.region) } : null;
  return { values: parsed.values, errors, request, years };
}

export function paymentsQuery(params: QueryParams, today: string) {
  const parsed = parseQuery(paymentsQuerySchema, params, { from: addDays(today, -6), to: today });
  return { values: parsed.values, errors: parsed.errors, request: parsed.data ? { from: parsed.data.from, to: parsed.data.to, region: regionOf(parsed.data.region) } : null };
}

export function deadlinesQuery(params: QueryParams) {
  const parsed = parseQuery(deadlinesQuerySchema, params, { days: "7" });
  return { values: parsed.values, errors: parsed.errors, request: parsed.data ? { withinDays: Number(parsed.data.days), region: regionOf(parsed.data.region) } : null };
}

/** The report page a table is on, for a query that cannot be exported (its page shows why). */
export const EXPORT_PAGES: Record<ExportTable, string> = {
  "enrollment-rate": "/office/reports/enrollment",
  assisted: "/office/reports/enrollment",
  payments: "/office/reports/payments",
  deadlines: "/office/reports/deadlines",
};

/** What a table's download asks for, read with the schema of its page; null when the query is wrong. */
export function exportRequest(table: ExportTable, params: QueryParams, actor: StaffActor, today: string): ExportRequest | null {
  if (table === "payments") {
    const { request } = paymentsQuery(params, today);
    return request && { table, ...request };
  }
  if (table === "deadlines") {
    const { request } = deadlinesQuery(params);
    return request && { table, ...request };
  }
  const { request } = rateQuery(params, actor, today);
  return request && { table, ...request };
}

type ExportColumnKey = "region" | "place" | "population" | "registered" | "paid" | "covered" | "employees" | "rate" | "target" | "reached" | "paidOn" | "channel" | "payments" | "amount" | "refundDue" | "dueDate" | "notices";

/** The file's words in the staff member's language. */
export async function exportWords(locale: Locale): Promise<ExportWords> {
  const t = await getTranslations({ locale, namespace: "officeReports" });
  const tRegion = await getTranslations({ locale, namespace: "region" });
  const group = await groupLabeller(locale);
  return {
    heading: (column) => t(`columns.${column as ExportColumnKey}`),
    region: (region) => tRegion(region),
    group,
    channel: (provider) => t("payments.channel", { provider: channelKey(provider) }),
    total: t("columns.total"),
    reached: (reached) => t(reached ? "reached.yes" : "reached.no"),
  };
}
