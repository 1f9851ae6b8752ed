import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, paymentNotice } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { pay, seedResidents, type ResidentFixture } from "../testing";
import { exportReport, type ExportWords } from "./export";
import { noticesNearDeadline } from "./notices-near-deadline";
import { paymentsByDay } from "./payments-by-day";
import { SUPPRESSED } from "./suppression";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const staff = (roles: StaffActor["roles"], region: string | null): StaffActor => ({ staffId: randomUUID(), staffNumber: "S0002", roles, region });
const clerk = staff(["clerk"], null);

const paidOn = (id: string, day: string, channel = "sandbox-cashier", district = "海曙区"): ResidentFixture => ({ id, district, notice: { year: 2026, status: "paid", paidOn: day, channel } });
const due = (id: string, dueDate: string, district = "海曙区", status: "open" | "paid" = "open"): ResidentFixture => ({ id, district, notice: { year: 2026, status, dueDate, paidOn: "2025-11-01" } });

const RESIDENTS: ResidentFixture[] = [
  ...["p1", "p2", "p3", "p4", "p5", "p6"].map((id) => paidOn(id, "2025-11-18")),
  paidOn("p7", "2025-11-18", "family-aid-account"),
  paidOn("p8", "2025-11-19"),
  paidOn("p9", "2025-11-10"), // before the range
  { ...paidOn("x1", "2025-11-18"), region: "ningxia", district: "银川市兴庆区" },
  due("d1", "2025-11-20"), // due today: still open
  due("d2", "2025-11-27"),
  due("d3", "2025-11-28"), // the 8th day: outside 7
  due("d4", "2025-11-19"), // past: not near, expired
  due("d5", "2025-11-25", "江北区"),
  due("d6", "2025-11-25", "江北区", "paid"),
  { ...due("x2", "2025-11-22"), region: "ningxia", district: "银川市兴庆区" },
];

let opened: OpenDatabase;
beforeAll(async () => {
  opened = await createTestDatabase();
  await seedResidents(opened.db, RESIDENTS, AT);
  // A second payment for p1's notice: refund-due, never counted as paid.
  const [notice] = await opened.db.select({ id: paymentNotice.id }).from(paymentNotice).where(eq(paymentNotice.personId, "p1"));
  await pay(opened.db, notice!.id, { paidOn: "2025-11-18", channel: "sandbox-cashier", amountFen: 78_000, outcome: "refund-due" });
}, 120_000);
afterAll(async () => opened?.close());

describe("payments by day and channel", () => {
  it("counts applied payments and their amounts by day and channel, refund-due apart", async () => {
    const result = await paymentsByDay(opened.db, clerk, { from: "2025-11-15", to: "2025-11-20", region: "ningbo" });
    expect(result.ok && result.report.days).toEqual([
      { paidOn: "2025-11-18", channel: "family-aid-account", payments: 1, amountFen: 78_000, refundDue: 0 },
      { paidOn: "2025-11-18", channel: "sandbox-cashier", payments: 6, amountFen: 6 * 78_000, refundDue: 1 },
      { paidOn: "2025-11-19", channel: "sandbox-cashier", payments: 1, amountFen: 78_000, refundDue: 0 },
    ]);
    expect(result.ok && result.report.total).toEqual({ payments: 8, amountFen: 8 * 78_000, refundDue: 1 });
  });

  it("all regions for a member of staff of every region; a regional one only theirs", async () => {
    const all = await paymentsByDay(opened.db, clerk, { from: "2025-11-18", to: "2025-11-18", region: null });
    expect(all.ok && all.report.total.payments).toBe(8);
    const ningxia = staff(["reviewer"], "ningxia");
    const own = await paymentsByDay(opened.db, ningxia, { from: "2025-11-18", to: "2025-11-18", region: null });
    expect(own.ok && own.report.total.payments).toBe(1);
    expect(await paymentsByDay(opened.db, ningxia, { from: "2025-11-18", to: "2025-11-18", region: "ningbo" })).toEqual({ ok: false, reason: "region" });
  });

  it.each([
    ["backwards", "2025-11-20", "2025-11-01"],
    ["longer than 92 days", "2025-08-01", "2025-11-20"],
  ])("refuses a range %s", async (_name, from, to) => {
    expect(await paymentsByDay(opened.db, clerk, { from, to, region: null })).toEqual({ ok: false, reason: "range" });
  });
});

describe("notices open near their deadline", () => {
  it("open notices due today to today + N, by district and date; paid and past ones left out", async () => {
    const result = await noticesNearDeadline(opened.db, clerk, { withinDays: 7, region: "ningbo" }, TODAY);
    expect(result.ok && result.report).toMatchObject({
      until: "2025-11-27",
      groups: [
        { district: "海曙区", dueDate: "2025-11-20", notices: 1, amountFen: 78_000 },
        { district: "江北区", dueDate: "2025-11-25", notices: 1 },
        { district: "海曙区", dueDate: "2025-11-27", notices: 1 },
      ],
      total: { notices: 3, amountFen: 3 * 78_000 },
    });
  });

  it("0 days: due today only; more than 60 refused", async () => {
    const today = await noticesNearDeadline(opened.db, clerk, { withinDays: 0, region: null }, TODAY);
    expect(today.ok && today.report.total.notices).toBe(1);
    expect(await noticesNearDeadline(opened.db, clerk, { withinDays: 61, region: null }, TODAY)).toEqual({ ok: false, reason: "range" });
  });
});

const WORDS: ExportWords = {
  heading: (column) => `[${column}]`,
  region: (region) => (region === "ningbo" ? "宁波市" : "宁夏"),
  group: (_region, group) => group,
  channel: (provider) => `=${provider}`, // as if a translation began with a formula sign
  total: "合计",
  reached: (reached) => (reached ? "是" : "否"),
};

describe("CSV export", () => {
  it("writes the table with the byte order mark, headings in the staff member's words, small counts suppressed, formula starts defused", async () => {
    const result = await exportReport(opened.db, clerk, { table: "payments", from: "2025-11-15", to: "2025-11-20", region: "ningbo" }, WORDS, AT, TODAY);
    if (!result.ok) throw new Error(result.reason);
    expect(result.filename).toBe("office-payments-2025-11-20.csv");
    expect(result.csv.split("\r\n")).toEqual([
      "\uFEFF[paidOn],[channel],[payments],[amount],[refundDue]",
      `2025-11-18,'=family-aid-account,${SUPPRESSED},${SUPPRESSED},${SUPPRESSED}`,
      `2025-11-18,'=sandbox-cashier,6,4680.00,${SUPPRESSED}`,
      `2025-11-19,'=sandbox-cashier,${SUPPRESSED},${SUPPRESSED},${SUPPRESSED}`,
      `合计,,8,6240.00,${SUPPRESSED}`,
      "",
    ]);
  });

  it("audits the export: table, criteria, rows and suppressed cells, by the member of staff", async () => {
    const exporter = staff(["clerk"], "ningbo");
    await exportReport(opened.db, exporter, { table: "deadlines", withinDays: 7, region: null }, WORDS, AT, TODAY);
    const [event] = await opened.db.select().from(auditEvent).where(and(eq(auditEvent.action, "office.report-exported"), eq(auditEvent.staffId, exporter.staffId)));
    expect(event).toMatchObject({ outcome: "success", personId: null, detail: { table: "deadlines", withinDays: 7, region: null, rows: 4, suppressed: 8 } });
  });

  it("a refused export is audited too, and gives no file", async () => {
    const ningxia = staff(["clerk"], "ningxia");
    expect(await exportReport(opened.db, ningxia, { table: "enrollment-rate", coverageYear: 2026, region: "ningbo" }, WORDS, AT, TODAY)).toEqual({ ok: false, reason: "region" });
    const [event] = await opened.db.select().from(auditEvent).where(eq(auditEvent.staffId, ningxia.staffId));
    expect(event).toMatchObject({ action: "office.report-exported", outcome: "refused", detail: { table: "enrollment-rate", coverageYear: 2026, region: "ningbo", reason: "region" } });
  });

  it("the rate table: one block per region with its total row; the target is a figure, never suppressed", async () => {
    const result = await exportReport(opened.db, clerk, { table: "enrollment-rate", coverageYear: 2026, region: null }, WORDS, AT, TODAY);
    if (!result.ok) throw new Error(result.reason);
    const lines = result.csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFF[region],[place],[population],[registered],[paid],[covered],[employees],[rate],[target],[reached]");
    expect(lines.filter((line) => line.includes("合计")).map((line) => line.split(",")[0])).toEqual(["宁波市", "宁夏"]);
  });
});
