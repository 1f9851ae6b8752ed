import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { appendAudit } from "@/lib/db/audit";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, registryPerson } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { AUDIT_PAGE_SIZE, findPersonForAudit, searchAudit, type AuditCriteria } from "./audit-search";
import { seedResidents, staffMember } from "./testing";

const AT = new Date("2025-11-20T02:00:00Z");
/** Searches happen after November, so that one test's search is never another's result. */
const SEARCH_AT = new Date("2025-12-01T02:00:00Z");
const NOVEMBER = { from: "2025-11-01", to: "2025-11-30" };
const criteria = (more: Partial<AuditCriteria> = {}): AuditCriteria => ({ personId: null, staffNumber: null, action: null, before: null, ...NOVEMBER, ...more });

let opened: OpenDatabase;
let reviewer: StaffActor;
let admin: StaffActor;
let clerk: StaffActor;
let ningboReviewer: StaffActor;
let ningxiaClerk: StaffActor;
let idNumberOf: (personId: string) => Promise<string>;

beforeAll(async () => {
  opened = await createTestDatabase();
  const { db } = opened;
  await seedResidents(
    db,
    [
      { id: "n1", district: "海曙区" },
      { id: "n2", district: "江北区" },
      { id: "x1", district: "银川市兴庆区", region: "ningxia" },
    ],
    AT,
  );
  reviewer = await staffMember(db, "R001", ["reviewer"], null, AT);
  admin = await staffMember(db, "A001", ["admin"], null, AT);
  clerk = await staffMember(db, "C001", ["clerk"], null, AT);
  ningboReviewer = await staffMember(db, "R002", ["reviewer"], "ningbo", AT);
  ningxiaClerk = await staffMember(db, "C002", ["clerk"], "ningxia", AT);
  idNumberOf = async (personId) => (await db.select({ n: registryPerson.idNumber }).from(registryPerson).where(eq(registryPerson.id, personId)))[0]!.n;

  const event = (at: string, action: "payment.recorded" | "correction.requested" | "sign-in.success", personId: string | null, staffId: string | null = null) =>
    appendAudit(db, new Date(at), { action, outcome: "success", personId, staffId, detail: { reference: "JF2026" } });
  // 120 payments for n1 through November, for the pages.
  for (let i = 0; i < 120; i += 1) await event(`2025-11-${String(1 + (i % 28)).padStart(2, "0")}T04:00:00Z`, "payment.recorded", "n1");
  await event("2025-11-10T04:00:00Z", "correction.requested", "n2", ningxiaClerk.staffId);
  await event("2025-11-10T04:00:00Z", "correction.requested", "x1", ningxiaClerk.staffId);
  await event("2025-11-19T16:30:00Z", "sign-in.success", null, ningboReviewer.staffId); // 2025-11-20 00:30 in Shanghai
  await event("2025-11-19T15:30:00Z", "sign-in.success", null, ningxiaClerk.staffId); // 2025-11-19 23:30 in Shanghai
  await event("2025-10-31T15:59:00Z", "sign-in.success", null, reviewer.staffId); // 2025-10-31 23:59 in Shanghai
}, 120_000);
afterAll(async () => opened?.close());

const search = async (actor: StaffActor, more: Partial<AuditCriteria> = {}) => {
  const result = await searchAudit(opened.db, actor, criteria(more), SEARCH_AT);
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe("audit search filters", () => {
  it.each([
    ["by person", { personId: "n2" }, ["correction.requested"]],
    ["by staff member", { staffNumber: "C002" }, ["sign-in.success", "correction.requested", "correction.requested"]],
    ["by action", { action: "sign-in.success" as const }, ["sign-in.success", "sign-in.success"]],
    ["by a day, in Asia/Shanghai", { action: "sign-in.success" as const, from: "2025-11-20", to: "2025-11-20" }, ["sign-in.success"]],
    ["from the first of the month (23:59 the day before is out)", { staffNumber: "R001" }, []],
    ["by staff member and action", { staffNumber: "C002", action: "correction.requested" as const }, ["correction.requested", "correction.requested"]],
    ["by person and a day without events", { personId: "n2", from: "2025-11-11", to: "2025-11-30" }, []],
  ])("%s", async (_name, more, actions) => {
    const { hits } = await search(reviewer, more);
    expect(hits.map((hit) => hit.action)).toEqual(actions);
  });

  it("shows the person masked as the portal does (last four only) and the staff member's number", async () => {
    const { hits, person } = await search(admin, { personId: "n2" });
    const last4 = (await idNumberOf("n2")).slice(-4);
    expect(person).toEqual({ id: "n2", name: "测试n2", idNumberMasked: `**************${last4}` });
    expect(hits[0]).toMatchObject({ person: { idNumberMasked: `**************${last4}` }, staffNumber: "C002", outcome: "success", detail: { reference: "JF2026" } });
  });

  it("pages newest first by event id, 50 at a time, without overlap or gaps", async () => {
    const seen: number[] = [];
    let before: number | null = null;
    const sizes: number[] = [];
    do {
      const page = await search(reviewer, { personId: "n1", before });
      sizes.push(page.hits.length);
      seen.push(...page.hits.map((hit) => hit.id));
      before = page.next;
    } while (before !== null);
    expect(sizes).toEqual([AUDIT_PAGE_SIZE, AUDIT_PAGE_SIZE, 20]);
    expect(new Set(seen).size).toBe(120);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);
  });

  it.each([
    ["backwards", { from: "2025-11-30", to: "2025-11-01" }, "range"],
    ["longer than a year", { from: "2024-01-01", to: "2025-11-20" }, "range"],
    ["an unknown person", { personId: "nobody" }, "unknown-person"],
    ["an unknown staff number", { staffNumber: "Z999" }, "unknown-staff"],
  ] as const)("refuses %s", async (_name, more, reason) => {
    expect(await searchAudit(opened.db, reviewer, criteria(more), SEARCH_AT)).toEqual({ ok: false, reason });
  });
});

describe("by ID number", () => {
  it("finds the registry person; the trail keeps neither the number nor any 18 digits", async () => {
    const idNumber = await idNumberOf("n1");
    expect(await findPersonForAudit(opened.db, reviewer, ` ${idNumber.slice(0, 6)} ${idNumber.slice(6)} `, SEARCH_AT)).toEqual({ ok: true, personId: "n1" });
    const unknown = "110101199003074514";
    expect(await findPersonForAudit(opened.db, reviewer, unknown, SEARCH_AT)).toEqual({ ok: false, reason: "unknown-person" });
    const events = await opened.db.select().from(auditEvent).where(eq(auditEvent.action, "office.audit-searched"));
    const written = JSON.stringify(events);
    expect(written).not.toContain(idNumber);
    expect(written).not.toContain(unknown);
    expect(written).not.toMatch(/\d{17}[\dX]/);
  });
});

describe("who may search, and where", () => {
  it("a clerk is refused, and the refusal is on the trail", async () => {
    expect(await searchAudit(opened.db, clerk, criteria(), SEARCH_AT)).toEqual({ ok: false, reason: "role" });
    expect(await findPersonForAudit(opened.db, clerk, await idNumberOf("n1"), SEARCH_AT)).toEqual({ ok: false, reason: "role" });
    const refused = await opened.db.select().from(auditEvent).where(and(eq(auditEvent.staffId, clerk.staffId), eq(auditEvent.outcome, "refused")));
    expect(refused).toHaveLength(2);
  });

  it("a regional reviewer sees their region's residents and staff, and is refused a person of another region", async () => {
    const { hits } = await search(ningboReviewer, { action: "correction.requested" });
    expect(hits.map((hit) => hit.person?.id)).toEqual(["n2"]);
    const signIns = await search(ningboReviewer, { action: "sign-in.success" });
    expect(signIns.hits.map((hit) => hit.staffNumber)).toEqual(["R002"]);
    expect(await searchAudit(opened.db, ningboReviewer, criteria({ personId: "x1" }), SEARCH_AT)).toEqual({ ok: false, reason: "region" });
    expect(await findPersonForAudit(opened.db, ningboReviewer, await idNumberOf("x1"), SEARCH_AT)).toEqual({ ok: false, reason: "region" });
  });

  it("each search is appended to the trail with its criteria, the person by registry id", async () => {
    const at = new Date("2025-12-02T02:00:00Z");
    await searchAudit(opened.db, admin, criteria({ personId: "n2", action: "correction.requested" }), at);
    const [event] = await opened.db.select().from(auditEvent).where(and(eq(auditEvent.action, "office.audit-searched"), eq(auditEvent.at, at)));
    expect(event).toMatchObject({
      outcome: "success",
      staffId: admin.staffId,
      personId: "n2",
      detail: { staffNumber: null, action: "correction.requested", from: "2025-11-01", to: "2025-11-30", before: null, results: 1 },
    });
  });

  it("the search does not find itself, and changes nothing else", async () => {
    const before = await opened.db.select().from(auditEvent).where(eq(auditEvent.action, "payment.recorded"));
    const december = { action: "office.audit-searched" as const, from: "2025-12-01", to: "2025-12-31" };
    await search(reviewer, december);
    const page = await search(reviewer, december);
    const [own] = await opened.db.select().from(auditEvent).where(eq(auditEvent.staffId, reviewer.staffId)).orderBy(desc(auditEvent.id)).limit(1);
    expect(page.hits.length).toBeGreaterThan(0);
    expect(page.hits.every((hit) => hit.action === "office.audit-searched" && hit.id < own!.id)).toBe(true);
    expect(await opened.db.select().from(auditEvent).where(eq(auditEvent.action, "payment.recorded"))).toEqual(before);
  });
});
