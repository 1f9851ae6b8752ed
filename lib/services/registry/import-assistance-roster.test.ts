import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, registryAssistance, registryImport } from "@/lib/db/schema";
import { DEMO_PEOPLE } from "@/lib/demo/people";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import { importAssistanceRoster } from "./import-assistance-roster";

const AT = new Date("2025-11-20T02:00:00Z");
const person = (name: string) => DEMO_PEOPLE.find((p) => p.name === name)!;
const line = (name: string, group: string, idNumber = person(name).idNumber) => `${idNumber},${name},${group}`;

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegistry(database.db, AT);
});
afterAll(async () => {
  await database.close();
});

async function roster() {
  return database.db.select().from(registryAssistance).orderBy(asc(registryAssistance.id));
}

describe("importing an assistance roster", () => {
  const broken = [
    "id_number,name,group_code",
    line("周子航", "near-minimum-living"),
    line("黄晓东", "special-care", person("黄晓东").idNumber.slice(0, 17) + "0"),
    line("郑晓燕", "unemployed"),
    line("周子航", "near-minimum-living"),
    line("钱卫东", "orphan", "110105194912310021"),
    `${person("林思远").idNumber},林思源,orphan`,
    "only,two",
  ].join("\n");

  it("reports every failing row with its line and imports nothing", async () => {
    const before = await roster();
    const report = await importAssistanceRoster(database.db, { csv: broken, packId: "ningbo-2026", skipInvalid: false }, AT);
    expect(report).toMatchObject({ ok: false, reason: "invalid-rows", rowsRead: 7, valid: 1, imported: 0 });
    if (!("problems" in report)) return;
    expect(report.problems.map((p) => [p.line, p.message])).toEqual([
      [3, expect.stringContaining("check digit")],
      [4, expect.stringContaining('unknown group code "unemployed"')],
      [5, "duplicate of line 2"],
      [6, expect.stringContaining("check digit")],
      [7, "the name does not match the population register"],
      [8, "expected 3 fields, found 2"],
    ]);
    expect(await roster()).toEqual(before);
  });

  it("imports the valid rows with --skip-invalid", async () => {
    const report = await importAssistanceRoster(database.db, { csv: broken, packId: "ningbo-2026", skipInvalid: true }, AT);
    expect(report).toMatchObject({ ok: true, imported: 1, alreadyOnRoster: 0 });
    const rows = await roster();
    expect(rows.filter((r) => r.personId === person("周子航").id)).toMatchObject([{ packId: "ningbo-2026", groupCode: "near-minimum-living" }]);
  });

  it("changes nothing when the same file comes again", async () => {
    const csv = ["id_number,name,group_code", line("李明", "monitored-poverty-risk"), line("马小军", "orphan")].join("\r\n");
    const first = await importAssistanceRoster(database.db, { csv, packId: "ningxia-2026", skipInvalid: false }, AT);
    expect(first).toMatchObject({ ok: true, imported: 2 });
    const snapshot = {
      roster: await roster(),
      imports: await database.db.select().from(registryImport),
      audit: await database.db.select().from(auditEvent),
    };
    const again = await importAssistanceRoster(database.db, { csv, packId: "ningxia-2026", skipInvalid: false }, new Date(AT.getTime() + 3_600_000));
    expect(again).toMatchObject({ ok: true, imported: 0, alreadyOnRoster: 2 });
    expect({
      roster: await roster(),
      imports: await database.db.select().from(registryImport),
      audit: await database.db.select().from(auditEvent),
    }).toEqual(snapshot);
  });

  it("knows the group codes per pack, and refuses an unknown pack", async () => {
    const csv = ["id_number,name,group_code", line("马志刚", "near-minimum-living")].join("\n");
    const report = await importAssistanceRoster(database.db, { csv, packId: "ningxia-2026", skipInvalid: false }, AT);
    expect(report).toMatchObject({ ok: false, problems: [{ line: 2, message: expect.stringContaining("unknown group code") }] });
    expect(await importAssistanceRoster(database.db, { csv, packId: "shanghai-2026", skipInvalid: false }, AT)).toEqual({
      ok: false,
      reason: "unknown-pack",
      packId: "shanghai-2026",
    });
  });

  it("refuses a file without the expected header, even with --skip-invalid", async () => {
    const report = await importAssistanceRoster(database.db, { csv: "name,id\n", packId: "ningbo-2026", skipInvalid: true }, AT);
    expect(report).toMatchObject({ ok: false, imported: 0, problems: [{ line: 1, message: "the header must be id_number,name,group_code" }] });
  });
});
