import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, registryAssistance, registryImport, rosterUpload } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { applyRosterUpload, previewRosterUpload, rosterPacks, stageRosterUpload } from "./rosters";
import { staffFor } from "./testing";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const PACK = "ningbo-2026";
const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
const line = (name: string, group: string, idNumber = person(name).idNumber) => `${idNumber},${name},${group}`;

let opened: OpenDatabase;
let db: Db;
let clerk: StaffActor;
let ningxiaClerk: StaffActor;
let reviewer: StaffActor;

const roster = async (group: string) =>
  (await db.select().from(registryAssistance).where(and(eq(registryAssistance.packId, PACK), eq(registryAssistance.groupCode, group)))).map((r) => r.personId).sort();
const stage = async (csv: string, who = clerk) => {
  const staged = await stageRosterUpload(db, who, { packId: PACK, fileName: "名单.csv", csv }, AT, TODAY);
  if (!staged.ok) throw new Error(staged.reason);
  return staged.uploadId;
};

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  clerk = await staffFor(db, ["clerk"], "ningbo");
  ningxiaClerk = await staffFor(db, ["clerk"], "ningxia");
  reviewer = await staffFor(db, ["reviewer"]);
}, 120_000);
afterAll(async () => opened?.close());

describe("assistance rosters in the console", () => {
  it("offers the packs of the staff member's region, and refuses a reviewer or another region's clerk", async () => {
    expect(rosterPacks(clerk, TODAY).map((p) => p.region)).toEqual(expect.arrayContaining(["ningbo"]));
    expect(rosterPacks(clerk, TODAY).some((p) => p.region === "ningxia")).toBe(false);
    expect(await stageRosterUpload(db, reviewer, { packId: PACK, fileName: "a.csv", csv: "id_number,name,group_code\n" }, AT, TODAY)).toEqual({ ok: false, reason: "role" });
    expect(await stageRosterUpload(db, ningxiaClerk, { packId: PACK, fileName: "a.csv", csv: "id_number,name,group_code\n" }, AT, TODAY)).toEqual({ ok: false, reason: "region" });
    expect(await stageRosterUpload(db, clerk, { packId: "shanghai-2026", fileName: "a.csv", csv: "x" }, AT, TODAY)).toEqual({ ok: false, reason: "unknown-pack" });
  });

  it("a file with one bad line: a line-numbered report, and applying it is refused with nothing changed", async () => {
    const before = await db.select().from(registryAssistance);
    const id = await stage(["id_number,name,group_code", line("周子航", "near-minimum-living"), line("郑晓燕", "unemployed")].join("\n"));
    const preview = await previewRosterUpload(db, clerk, id, TODAY);
    expect(preview).toMatchObject({ ok: true, preview: { applicable: false, plan: { checked: { rowsRead: 2, problems: [{ line: 3, issues: [{ code: "unknownGroup", values: { code: "unemployed" } }] }] } } } });
    expect(await applyRosterUpload(db, clerk, id, AT, TODAY)).toEqual({ ok: false, reason: "invalid-rows" });
    expect(await db.select().from(registryAssistance)).toEqual(before);
    expect((await db.select().from(rosterUpload).where(eq(rosterUpload.id, id)))[0]).toMatchObject({ appliedAt: null });
  });

  it("the preview says who is added and who is removed (members of the file's groups not in it) and writes nothing; apply does exactly that, once", async () => {
    const group = "near-minimum-living";
    await db.insert(registryAssistance).values({ personId: person("黄晓东").id, packId: PACK, groupCode: group, source: "seed", importedAt: AT }).onConflictDoNothing();
    const before = await roster(group);
    const id = await stage(["id_number,name,group_code", line("周子航", group), line("林志强", group)].join("\r\n"));
    const audits = (await db.select().from(auditEvent)).length;

    const preview = await previewRosterUpload(db, clerk, id, TODAY);
    if (!preview.ok) throw new Error(preview.reason);
    const { plan } = preview.preview;
    expect(preview.preview.applicable).toBe(true);
    expect(plan.toAdd.map((m) => [m.line, m.name, m.groupCode])).toEqual(
      [[2, "周子航", group], [3, "林志强", group]].filter(([, name]) => !before.includes(person(name as string).id)),
    );
    expect(plan.notInFile.map((m) => m.name)).toContain("黄晓东");
    expect(plan.toAdd.every((m) => /^\*+\d{3}[\dX]$/.test(m.idNumberMasked))).toBe(true);
    expect(await roster(group)).toEqual(before);
    expect((await db.select().from(auditEvent)).length).toBe(audits);

    const [first, second] = await Promise.all([applyRosterUpload(db, clerk, id, AT, TODAY), applyRosterUpload(db, clerk, id, AT, TODAY)]);
    expect([first, second].filter((r) => r.ok)).toEqual([{ ok: true, added: plan.toAdd.length, removed: plan.notInFile.length }]);
    expect([first, second].filter((r) => !r.ok)).toEqual([{ ok: false, reason: "already-applied" }]);
    expect(await roster(group)).toEqual([person("周子航").id, person("林志强").id].sort());
    expect(await db.select().from(registryImport)).toHaveLength(1);

    const events = await db.select().from(auditEvent);
    expect(events.filter((e) => e.action === "office.roster-removed")).toMatchObject([{ staffId: clerk.staffId, personId: person("黄晓东").id, detail: { groupCode: group } }]);
    expect(events.filter((e) => e.action === "office.roster-added").map((e) => e.personId).sort()).toEqual(plan.toAdd.map((m) => m.personId).sort());
    expect(events.filter((e) => e.action === "office.roster-applied")).toMatchObject([{ staffId: clerk.staffId, detail: { uploadId: id, added: plan.toAdd.length, removed: plan.notInFile.length } }]);
  });

  it("another region's clerk can neither preview nor apply an upload", async () => {
    const id = await stage(["id_number,name,group_code", line("周子航", "near-minimum-living")].join("\n"));
    expect(await previewRosterUpload(db, ningxiaClerk, id, TODAY)).toEqual({ ok: false, reason: "region" });
    expect(await applyRosterUpload(db, ningxiaClerk, id, AT, TODAY)).toEqual({ ok: false, reason: "region" });
    expect(await applyRosterUpload(db, reviewer, id, AT, TODAY)).toEqual({ ok: false, reason: "role" });
  });
});
