/**
 * No resident reaches the office's queues (issue 14): every office service refuses anything but a
 * member of staff with the role (a resident's Actor holds none), and no resident-facing route,
 * view or service imports them (the layer check has the same wall).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brokenWalls, importsOf, sourceFiles } from "@/scripts/check-layers";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { queueFilters } from "@/lib/forms/office-queues";
import { actorFor } from "../enrollment/testing";
import { acceptCorrection, correctionDetail, listCorrections, rejectCorrection } from "./corrections";
import { approveClaim, claimDetail, listClaims, prepareClaim, rejectClaim } from "./claims";
import { approveRefund, listRefunds, prepareRefund, recordRefundPaidOut, refundDetail } from "./refunds";
import { applyRosterUpload, previewRosterUpload, recentRosterUploads, rosterPacks, stageRosterUpload } from "./rosters";
import { residentAsStaff } from "./testing";
import type { StaffActor } from "@/lib/auth/staff-actor";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const ID = "00000000-0000-4000-8000-000000000000";
const filters = queueFilters([], {});

let opened: OpenDatabase;
let db: Db;
let resident: StaffActor;

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  resident = residentAsStaff(await actorFor(db, "nb-03-2", "13905740302", AT));
}, 120_000);
afterAll(async () => opened?.close());

const SERVICES: [string, () => Promise<unknown>][] = [
  ["listCorrections", () => listCorrections(db, resident, filters, TODAY)],
  ["correctionDetail", () => correctionDetail(db, resident, ID, TODAY)],
  ["listClaims", () => listClaims(db, resident, filters, TODAY)],
  ["claimDetail", () => claimDetail(db, resident, ID, TODAY)],
  ["listRefunds", () => listRefunds(db, resident, filters, TODAY)],
  ["refundDetail", () => refundDetail(db, resident, ID, TODAY)],
  ["stageRosterUpload", () => stageRosterUpload(db, resident, { packId: "ningbo-2026", fileName: "a.csv", csv: "id_number,name,group_code\n" }, AT, TODAY)],
  ["previewRosterUpload", () => previewRosterUpload(db, resident, ID, TODAY)],
  ["applyRosterUpload", () => applyRosterUpload(db, resident, ID, AT, TODAY)],
];

/** Acts on an item that does not exist answer not-found before anyone is known; what matters is that nothing is done. */
const ACTS: [string, () => Promise<unknown>][] = [
  ["acceptCorrection", () => acceptCorrection(db, resident, ID, { note: "x" }, AT, TODAY)],
  ["rejectCorrection", () => rejectCorrection(db, resident, ID, { reason: "理由理由" }, AT)],
  ["prepareClaim", () => prepareClaim(db, resident, ID, AT)],
  ["approveClaim", () => approveClaim(db, resident, ID, AT)],
  ["rejectClaim", () => rejectClaim(db, resident, ID, { reason: "理由理由" }, AT)],
  ["prepareRefund", () => prepareRefund(db, resident, ID, AT)],
  ["approveRefund", () => approveRefund(db, resident, ID, AT)],
  ["recordRefundPaidOut", () => recordRefundPaidOut(db, resident, ID, { reference: "X1" }, AT)],
];

describe("a resident's Actor in the office's services", () => {
  it.each(SERVICES)("%s → refused for the role", async (_name, run) => {
    expect(await run()).toEqual({ ok: false, reason: "role" });
  });

  it.each(ACTS)("%s → changes nothing", async (_name, run) => {
    const before = (await db.select().from(auditEvent)).length;
    expect(await run()).toMatchObject({ ok: false });
    expect((await db.select().from(auditEvent)).length).toBe(before);
  });

  it("is offered no roster packs and sees no uploads", async () => {
    expect(rosterPacks(resident, TODAY)).toEqual([]);
    expect(await recentRosterUploads(db, resident, TODAY)).toEqual([]);
  });
});

describe("who may import the office's services", () => {
  const officeImporters = sourceFiles()
    .filter((file) => !/\.test\.tsx?$/.test(file))
    // A view may name the types of what it is handed; only a value import can call a service.
    .filter((file) => importsOf(file).some((i) => i.target.startsWith("lib/services/office/") && !i.typeOnly));

  it("only the console's routes, its glue, its command line and the office's own services", () => {
    const outside = officeImporters.filter((file) => !["app/[locale]/office/", "app/api/office/", "lib/services/office/", "lib/web/", "lib/demo/", "scripts/office-cli.ts"].some((p) => file.startsWith(p)));
    expect(outside).toEqual([]);
  });

  it("the layer check says so when a resident page imports one", () => {
    const graph = new Map([["app/[locale]/me/page.tsx", [{ target: "lib/services/office/claims.ts", typeOnly: false }]]]);
    expect(brokenWalls(graph)).toEqual([expect.stringContaining("only the office console")]);
  });
});
