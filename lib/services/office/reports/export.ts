import type { StaffActor } from "@/lib/auth/staff-actor";
import { appendAudit } from "@/lib/db/audit";
import type { Db, DbOrTx } from "@/lib/db/types";
import type { AssistanceCode, Region } from "@/lib/rules";
import type { ScopeRefusal } from "../scope";
import { csvDocument } from "./csv";
import { enrollmentRates, type RateCounts } from "./enrollment-rate";
import { noticesNearDeadline } from "./notices-near-deadline";
import { paymentsByDay } from "./payments-by-day";
import { suppressSmallCounts, type ExportBlock, type ExportCell, type ExportColumn } from "./suppression";

export const EXPORT_TABLES = ["enrollment-rate", "assisted", "payments", "deadlines"] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export type ExportRequest =
  | { table: "enrollment-rate" | "assisted"; coverageYear: number; region: Region | null }
  | { table: "payments"; from: string; to: string; region: Region | null }
  | { table: "deadlines"; withinDays: number; region: Region | null };

/** The words of the file, in the staff member's language: column headings, region, group and channel names. */
export type ExportWords = {
  heading: (column: string) => string;
  region: (region: Region) => string;
  group: (region: Region, group: AssistanceCode, label: string, coverageYear: number) => string;
  channel: (provider: string) => string;
  total: string;
  reached: (reached: boolean) => string;
};

export type ExportFile = { ok: true; filename: string; csv: string };

type Table<K extends string> = { columns: readonly ExportColumn<K>[]; blocks: ExportBlock<K>[] };

const percentOf = (basisPoints: number | null) => (basisPoints === null ? null : (basisPoints / 100).toFixed(2));
const yuanOf = (fen: number) => (fen / 100).toFixed(2);

const RATE_COLUMNS = [
  { key: "region", kind: "label" },
  { key: "place", kind: "label" },
  { key: "population", kind: "count" },
  { key: "registered", kind: "count" },
  { key: "paid", kind: "count" },
  { key: "covered", kind: "count" },
  { key: "employees", kind: "count" },
  { key: "rate", kind: "derived", from: ["paid", "population"] },
  { key: "target", kind: "figure" },
  { key: "reached", kind: "derived", from: ["paid", "population"] },
] as const satisfies readonly ExportColumn<string>[];
type RateKey = (typeof RATE_COLUMNS)[number]["key"];

function rateRow(words: ExportWords, region: Region, place: string, counts: RateCounts, target: number | null): Record<RateKey, ExportCell> {
  return {
    region: words.region(region),
    place,
    population: counts.population,
    registered: counts.registered,
    paid: counts.paid,
    covered: counts.covered,
    employees: counts.employees,
    rate: percentOf(counts.rate),
    target: percentOf(target),
    reached: counts.reached === null ? null : words.reached(counts.reached),
  };
}

async function tableFor(db: DbOrTx, actor: StaffActor, request: ExportRequest, words: ExportWords, today: string): Promise<Table<string> | ScopeRefusal | { ok: false; reason: "range" }> {
  switch (request.table) {
    case "enrollment-rate":
    case "assisted": {
      const result = await enrollmentRates(db, actor, request, today);
      if (!result.ok) return result;
      const blocks = result.report.regions.flatMap((r): ExportBlock<RateKey>[] => {
        if (request.table === "enrollment-rate") {
          const target = r.target?.value ?? null;
          return [{ rows: r.districts.map((d) => rateRow(words, r.region, d.district, d, target)), total: rateRow(words, r.region, words.total, r.total, target) }];
        }
        if (!r.assisted) return [];
        return [
          {
            rows: r.assisted.groups.map((g) => rateRow(words, r.region, words.group(r.region, g.group, g.label, request.coverageYear), g, g.target?.value ?? null)),
            total: rateRow(words, r.region, words.total, r.assisted.total, null),
          },
        ];
      });
      return { columns: RATE_COLUMNS, blocks };
    }
    case "payments": {
      const result = await paymentsByDay(db, actor, request);
      if (!result.ok) return result;
      const { days, total } = result.report;
      return {
        columns: [
          { key: "paidOn", kind: "label" },
          { key: "channel", kind: "label" },
          { key: "payments", kind: "count" },
          { key: "amount", kind: "derived", from: ["payments"] },
          { key: "refundDue", kind: "count" },
        ],
        blocks: [
          {
            rows: days.map((d) => ({ paidOn: d.paidOn, channel: words.channel(d.channel), payments: d.payments, amount: yuanOf(d.amountFen), refundDue: d.refundDue })),
            total: { paidOn: words.total, channel: null, payments: total.payments, amount: yuanOf(total.amountFen), refundDue: total.refundDue },
          },
        ],
      };
    }
    case "deadlines": {
      const result = await noticesNearDeadline(db, actor, request, today);
      if (!result.ok) return result;
      const { groups, total } = result.report;
      return {
        columns: [
          { key: "region", kind: "label" },
          { key: "place", kind: "label" },
          { key: "dueDate", kind: "label" },
          { key: "notices", kind: "count" },
          { key: "amount", kind: "derived", from: ["notices"] },
        ],
        blocks: [
          {
            rows: groups.map((g) => ({ region: words.region(g.region), place: g.district, dueDate: g.dueDate, notices: g.notices, amount: yuanOf(g.amountFen) })),
            total: { region: words.total, place: null, dueDate: null, notices: total.notices, amount: yuanOf(total.amountFen) },
          },
        ],
      };
    }
  }
}

/**
 * One report table as a CSV file, small counts suppressed (suppression.ts), and the export
 * audited, refused or not: which table, for what, by whom, how many rows and suppressed cells
 * (never a person). One transaction: the file holds what the audit event says it held.
 */
export async function exportReport(
  db: Db,
  actor: StaffActor,
  request: ExportRequest,
  words: ExportWords,
  at: Date,
  today: string,
): Promise<ExportFile | ScopeRefusal | { ok: false; reason: "range" }> {
  const { table: name, ...criteria } = request;
  return db.transaction(async (tx) => {
    const table = await tableFor(tx, actor, request, words, today);
    if ("ok" in table) {
      await appendAudit(tx, at, { action: "office.report-exported", outcome: "refused", staffId: actor.staffId, detail: { table: name, ...criteria, reason: table.reason } });
      return table;
    }
    const { blocks, suppressed } = suppressSmallCounts(table.blocks, table.columns);
    const keys = table.columns.map((column) => column.key);
    const rows = blocks.flatMap((block) => [...block.rows, ...(block.total ? [block.total] : [])]);
    await appendAudit(tx, at, { action: "office.report-exported", outcome: "success", staffId: actor.staffId, detail: { table: name, ...criteria, rows: rows.length, suppressed } });
    return { ok: true, filename: `office-${name}-${today}.csv`, csv: csvDocument([keys.map(words.heading), ...rows.map((row) => keys.map((key) => row[key] ?? null))]) };
  });
}
