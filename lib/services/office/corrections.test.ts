import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, correctionRequest, employeeAccount, registryAssistance } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { queueFilters } from "@/lib/forms/office-queues";
import { describePack, packForRegion } from "@/lib/rules";
import { loadMyCorrections, requestCorrection } from "../enrollment/corrections";
import { loadMyConsents } from "../enrollment/my-enrollments";
import { loadRegistryFacts } from "../enrollment/registry-facts";
import { actorFor, registerSelf } from "../enrollment/testing";
import type { Actor } from "../people/right-to-act";
import { acceptCorrection, correctionDetail, listCorrections, rejectCorrection } from "./corrections";
import { staffFor } from "./testing";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const LATER = new Date("2025-11-21T02:00:00Z");
const noFilters = queueFilters(["open", "accepted", "rejected"] as const, {});

let opened: OpenDatabase;
let db: Db;
let xiaoyan: Actor; // 郑晓燕 (宁波 鄞州区): registered as an adult resident
let zhiqiang: Actor; // 林志强 (宁波 海曙区): not registered
let clerk: StaffActor;
let secondClerk: StaffActor;
let reviewer: StaffActor;
let ningxiaClerk: StaffActor;
let reference: string;

const pack = () => describePack(packForRegion("ningbo", TODAY))!;
const facts = (personId: string) => loadRegistryFacts(db, personId, pack(), TODAY);

/** The resident reports a fact; the id of the open request. */
async function report(actor: Actor, fact: string, note = "登记信息有误，请核实"): Promise<string> {
  expect(await requestCorrection(db, actor, actor.personId, { fact, note }, AT, TODAY)).toEqual({ ok: true });
  const open = await db.select({ id: correctionRequest.id }).from(correctionRequest).where(and(eq(correctionRequest.personId, actor.personId), eq(correctionRequest.status, "open"), eq(correctionRequest.fact, fact)));
  expect(open).toHaveLength(1);
  return open[0]!.id;
}

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  xiaoyan = await actorFor(db, "nb-03-2", "13905740302", AT);
  zhiqiang = await actorFor(db, "nb-01-1", "13905740101", AT);
  reference = (await registerSelf(db, xiaoyan, AT, TODAY)).reference;
  clerk = await staffFor(db, ["clerk"], "ningbo");
  secondClerk = await staffFor(db, ["clerk"]);
  reviewer = await staffFor(db, ["reviewer"], "ningbo");
  ningxiaClerk = await staffFor(db, ["clerk"], "ningxia");
}, 120_000);
afterAll(async () => opened?.close());

describe("the corrections queue", () => {
  it("lists open requests in the staff member's region, with the filters; a reviewer or a clerk of another region sees none", async () => {
    const id = await report(xiaoyan, "residency");
    const listed = await listCorrections(db, clerk, noFilters, TODAY);
    expect(listed).toMatchObject({ ok: true, items: [{ id, personName: "郑晓燕", district: "鄞州区", status: "open", ageDays: 0 }] });
    if (listed.ok) expect(listed.items[0]!.idNumberMasked).toMatch(/^\*+\d{3}[\dX]$/);
    expect(await listCorrections(db, clerk, queueFilters(["open"] as const, { district: "海曙区" }), TODAY)).toEqual({ ok: true, items: [] });
    expect(await listCorrections(db, clerk, queueFilters(["open"] as const, { age: "3" }), TODAY)).toEqual({ ok: true, items: [] });
    expect(await listCorrections(db, clerk, queueFilters(["open"] as const, { age: "3" }), "2025-11-23")).toMatchObject({ ok: true, items: [{ id, ageDays: 3 }] });
    expect(await listCorrections(db, ningxiaClerk, noFilters, TODAY)).toEqual({ ok: true, items: [] });
    expect(await listCorrections(db, reviewer, noFilters, TODAY)).toEqual({ ok: false, reason: "role" });
    expect(await correctionDetail(db, ningxiaClerk, id, TODAY)).toEqual({ ok: false, reason: "region" });
    expect(await correctionDetail(db, clerk, id, TODAY)).toMatchObject({ ok: true, detail: { id, fact: "residency", facts: { residency: "local-hukou" } } });
    await rejectCorrection(db, clerk, id, { reason: "户籍信息与公安户籍系统一致" }, AT);
    expect(await listCorrections(db, clerk, noFilters, TODAY)).toEqual({ ok: true, items: [] });
    expect(await listCorrections(db, clerk, queueFilters(["open", "accepted", "rejected"] as const, { status: "rejected" }), TODAY)).toMatchObject({ ok: true, items: [{ id, status: "rejected" }] });
  });

  it.each([
    ["a reviewer (not a clerk)", () => reviewer, "role"],
    ["a clerk of Ningxia, for a Ningbo resident", () => ningxiaClerk, "region"],
  ] as const)("%s is refused, nothing changes, and the refusal is audited", async (_name, who, reason) => {
    const id = await report(xiaoyan, "assistance");
    const before = await db.select().from(registryAssistance).where(eq(registryAssistance.personId, "nb-03-2"));
    expect(await acceptCorrection(db, who(), id, { groups: "minimum-living" }, AT, TODAY)).toEqual({ ok: false, reason });
    expect(await rejectCorrection(db, who(), id, { reason: "不符合条件" }, AT)).toEqual({ ok: false, reason });
    expect(await db.select().from(registryAssistance).where(eq(registryAssistance.personId, "nb-03-2"))).toEqual(before);
    expect((await db.select().from(correctionRequest).where(eq(correctionRequest.id, id)))[0]).toMatchObject({ status: "open", decidedAt: null });
    const refusals = (await db.select().from(auditEvent).where(eq(auditEvent.action, "office.refused"))).filter((e) => e.detail.correctionId === id);
    expect(refusals).toMatchObject([
      { staffId: who().staffId, personId: "nb-03-2", detail: { attempted: "office.correction-accepted", reason } },
      { staffId: who().staffId, personId: "nb-03-2", detail: { attempted: "office.correction-rejected", reason } },
    ]);
    await rejectCorrection(db, clerk, id, { reason: "清理测试数据" }, AT);
  });

  it("accepting: the corrected value is checked by the fact's schema first, and a bad one keeps everything as it was", async () => {
    const id = await report(xiaoyan, "school");
    expect(await acceptCorrection(db, clerk, id, { schoolLevel: "higher-education", schoolName: "", schoolEnd: "2028-02-30" }, AT, TODAY)).toEqual({
      ok: false,
      errors: [
        { field: "schoolEnd", key: "dateFormat" },
        { field: "schoolName", key: "schoolNameRequired" },
      ],
    });
    expect(await acceptCorrection(db, clerk, id, { schoolLevel: "higher-education", schoolName: "宁波大学", schoolEnd: "2025-06-30" }, AT, TODAY)).toEqual({
      ok: false,
      errors: [{ field: "schoolEnd", key: "schoolEndPast" }],
    });
    expect((await facts("nb-03-2"))?.school).toBeNull();
    expect((await db.select().from(correctionRequest).where(eq(correctionRequest.id, id)))[0]).toMatchObject({ status: "open" });
    await rejectCorrection(db, clerk, id, { reason: "清理测试数据" }, AT);
  });

  it("accepting an assistance group: the registry is corrected, the person assessed again by the rules, and the resident sees the decision, the new facts and the new answer", async () => {
    const id = await report(xiaoyan, "assistance", "我已纳入最低生活保障");
    const result = await acceptCorrection(db, clerk, id, { groups: "minimum-living", note: "已核对民政低保名单" }, LATER, TODAY);
    expect(result).toMatchObject({ ok: true, reassessment: { eligible: true, enrollment: { reference, category: "adult", payableFen: 78_000, differs: true } } });
    if (!result.ok || !("reassessment" in result)) return;
    expect(result.reassessment!.payableFen).toBeLessThan(78_000);

    expect((await facts("nb-03-2"))?.assistance).toEqual(["minimum-living"]);
    const [membership] = await db.select().from(registryAssistance).where(and(eq(registryAssistance.personId, "nb-03-2"), eq(registryAssistance.groupCode, "minimum-living")));
    expect(membership?.source).toBe(`correction:${id}`);

    const mine = (await loadMyCorrections(db, xiaoyan, TODAY)).find((c) => c.id === id);
    expect(mine).toMatchObject({ status: "accepted", reason: "已核对民政低保名单", correctedValue: { fact: "assistance", groups: ["minimum-living"] }, reassessment: { enrollment: { differs: true } } });
    expect(mine!.decidedAt).toEqual(LATER);

    const [event] = await db.select().from(auditEvent).where(eq(auditEvent.action, "office.correction-accepted"));
    expect(event).toMatchObject({ staffId: clerk.staffId, personId: "nb-03-2", accountId: null, detail: { correctionId: id, fact: "assistance" } });
    expect((await loadMyConsents(db, xiaoyan, TODAY)).acts).toContainEqual(expect.objectContaining({ action: "office.correction-accepted", byOffice: true }));
  });

  it("a decided request cannot be decided again: a second accept, a reject after it, two accepts at once", async () => {
    const id = await report(zhiqiang, "employee");
    const [first, second] = await Promise.all([
      acceptCorrection(db, clerk, id, { employed: "no" }, AT, TODAY),
      acceptCorrection(db, secondClerk, id, { employed: "no" }, AT, TODAY),
    ]);
    expect([first, second].filter((r) => r.ok)).toHaveLength(1);
    expect([first, second].filter((r) => !r.ok)).toEqual([{ ok: false, reason: "already-decided" }]);
    expect(await rejectCorrection(db, clerk, id, { reason: "重复提交" }, AT)).toEqual({ ok: false, reason: "already-decided" });
    expect(await db.select().from(auditEvent).where(and(eq(auditEvent.action, "office.correction-accepted"), eq(auditEvent.personId, "nb-01-1")))).toHaveLength(1);
  });

  it("rejecting needs a reason the resident can read; the registry stays as it is", async () => {
    const id = await report(zhiqiang, "history");
    const before = await facts("nb-01-1");
    expect(await rejectCorrection(db, clerk, id, { reason: " " }, AT)).toEqual({ ok: false, errors: [{ field: "reason", key: "reasonRequired" }] });
    expect(await rejectCorrection(db, clerk, id, { reason: "2025年度参保记录与税务缴费记录一致" }, AT)).toEqual({ ok: true, reassessment: null });
    expect(await facts("nb-01-1")).toEqual(before);
    expect((await loadMyCorrections(db, zhiqiang, TODAY)).find((c) => c.id === id)).toMatchObject({ status: "rejected", reason: "2025年度参保记录与税务缴费记录一致" });
    expect(await db.select().from(auditEvent).where(eq(auditEvent.action, "office.correction-rejected"))).toContainEqual(expect.objectContaining({ staffId: clerk.staffId, personId: "nb-01-1" }));
  });
});

/** [fact, what the clerk enters, what loadRegistryFacts reads afterwards]. */
const FACTS: [string, Record<string, unknown>, (f: NonNullable<Awaited<ReturnType<typeof facts>>>) => unknown, unknown][] = [
  ["residency: a residence permit", { residency: "residence-permit", permitNumber: "330200202500001", permitValidTo: "2027-12-31" }, (f) => [f.residency, f.permit?.validTo], ["residence-permit", "2027-12-31"]],
  ["residency: back to the local hukou", { residency: "local-hukou" }, (f) => [f.residency, f.permit], ["local-hukou", null]],
  ["school: a full-time college student", { schoolLevel: "higher-education", schoolName: "宁波大学", schoolEnd: "2029-06-30" }, (f) => f.school, { level: "higher-education", schoolName: "宁波大学" }],
  ["school: not in school after all", { schoolLevel: "none" }, (f) => f.school, null],
  ["history: insured last year", { insuredLastYear: "yes", lastCategory: "adult" }, (f) => f.lastYear, { coverageYear: 2025, category: "adult" }],
  ["history: not insured last year", { insuredLastYear: "no" }, (f) => f.lastYear, null],
  ["employee: in employee insurance", { employed: "yes", province: "zhejiang", city: "宁波市" }, (f) => f.employee, { province: "zhejiang", city: "宁波市" }],
  ["employee: no longer", { employed: "no" }, (f) => f.employee, null],
  ["assistance: in no group", { groups: [] }, (f) => f.assistance, []],
  ["other: nothing to write, a note for the resident", { note: "已转交户籍部门核实" }, (f) => f.name, "林志强"],
];

describe("each fact a resident can report is corrected where the registry keeps it", () => {
  it.each(FACTS)("%s", async (name, value, read, expected) => {
    const id = await report(zhiqiang, name.split(":")[0]!);
    const result = await acceptCorrection(db, clerk, id, value, AT, TODAY);
    expect(result).toMatchObject({ ok: true });
    expect(read((await facts("nb-01-1"))!)).toEqual(expected);
  });

  it("an employee account the clerk opens starts with no balance", async () => {
    expect((await db.select().from(employeeAccount).where(eq(employeeAccount.personId, "nb-01-1")))[0]).toMatchObject({ historicalBalanceFen: 0, status: "closed" });
  });
});
