import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import type { OpenDatabase } from "@/lib/db/open";
import { auditEvent, policyDraft } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { consolePack, consolePacks, previewPolicyDraft, recentPolicyDrafts, stagePolicyDraft } from "./policy-drafts";
import { residentAsStaff, staffFor } from "./testing";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const NINGBO_2027 = `id: ningbo-2027
extends: ningbo-2026
coverageYear: 2027
figures:
  fees.adult.individual: { value: 80000, source: "ningbo-2026-enrollment#二(二)", status: provisional }
`;

let opened: OpenDatabase;
let db: Db;
let reviewer: StaffActor;
let admin: StaffActor;
let clerk: StaffActor;
let ningxiaReviewer: StaffActor;

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  reviewer = await staffFor(db, ["reviewer"]);
  admin = await staffFor(db, ["admin"]);
  clerk = await staffFor(db, ["clerk"]);
  ningxiaReviewer = await staffFor(db, ["reviewer"], "ningxia");
}, 120_000);
afterAll(async () => opened?.close());

async function stage(text: string, who = reviewer): Promise<string> {
  const staged = await stagePolicyDraft(db, who, { fileName: "../ningbo-2027.yaml", text }, AT);
  if (!staged.ok) throw new Error(staged.reason);
  return staged.draftId;
}

describe("the office's policy packs", () => {
  it("lists the packs in force by region, and each figure with its clause", () => {
    expect(consolePacks(TODAY).map((pack) => [pack.id, pack.status])).toEqual([
      ["ningbo-2026", "published"],
      ["ningbo-2023", "published"],
      ["fenghua-2022", "published"],
      ["ningxia-2026", "published"],
    ]);
    expect(consolePacks("2026-10-01").find((pack) => pack.id === "ningbo-2027")?.status).toBe("projected");
    expect(consolePack("ningbo-2026", TODAY)?.figures).toContainEqual({ path: "fees.adult.individual", value: 78000, source: "ningbo-2026-enrollment#二(二)", status: "provisional" });
    expect(consolePack("atlantis-2026", TODAY)).toBeNull();
  });

  it("a reviewer's draft: kept with its file name only, audited, and previewed against the pack it extends", async () => {
    const id = await stage(NINGBO_2027);
    expect((await db.select().from(policyDraft).where(eq(policyDraft.id, id)))[0]).toMatchObject({ fileName: "ningbo-2027.yaml", uploadedByStaffId: reviewer.staffId });
    expect(await db.select().from(auditEvent).where(eq(auditEvent.action, "office.policy-draft-uploaded"))).toContainEqual(expect.objectContaining({ staffId: reviewer.staffId, outcome: "success" }));
    const result = await previewPolicyDraft(db, admin, id, TODAY);
    if (!result.ok) throw new Error(result.reason);
    const { preview } = result;
    expect(preview).toMatchObject({ problems: [], draft: { id: "ningbo-2027", coverageYear: 2027, extends: "ningbo-2026" }, replaces: { id: "ningbo-2026", projected: false } });
    expect(preview.changes.find((change) => change.path === "fees.adult.individual")).toMatchObject({ before: { value: 78000 }, after: { value: 80000 }, valueChanged: true });
    // The adult cases of ningbo-2026 pay 800 under the draft; the infant's fee did not change.
    expect(preview.cases.changed).toContainEqual(expect.objectContaining({ field: "contribution.individual", before: 78000, after: 80000 }));
    expect(preview.cases.changed.some((change) => change.field === "contribution.individual" && change.before === 63000)).toBe(false);
    // The registry sample: Ningbo's demo people, masked, the adults' contribution changed.
    expect(preview.roster.checked).toBeGreaterThan(0);
    expect(preview.roster.changed).toContainEqual(expect.objectContaining({ field: "contribution.individual", before: 78000, after: 80000 }));
    expect(preview.roster.changed.every((change) => !/\d{17}[\dX]/.test(change.who))).toBe(true);
    expect((await recentPolicyDrafts(db, reviewer)).map((draft) => draft.id)).toContain(id);
  });

  it("a broken draft previews as its problems, nothing else", async () => {
    const id = await stage(NINGBO_2027.replace("80000", "-80000"));
    const result = await previewPolicyDraft(db, reviewer, id, TODAY);
    expect(result).toMatchObject({ ok: true, preview: { problems: [{ line: 5, path: "figures.fees.adult.individual.value", code: "negative" }], changes: [], cases: { changed: [] } } });
    expect(result.ok && result.preview.draft).toBeUndefined();
  });

  it("refuses a clerk and a resident, hides another region's draft, and finds no draft that is not there", async () => {
    const id = await stage(NINGBO_2027);
    expect(await stagePolicyDraft(db, clerk, { fileName: "x.yaml", text: NINGBO_2027 }, AT)).toEqual({ ok: false, reason: "role" });
    expect(await previewPolicyDraft(db, clerk, id, TODAY)).toEqual({ ok: false, reason: "role" });
    const resident = residentAsStaff({ accountId: "00000000-0000-4000-8000-000000000001", personId: "p-1" });
    expect(await stagePolicyDraft(db, resident, { fileName: "x.yaml", text: NINGBO_2027 }, AT)).toEqual({ ok: false, reason: "role" });
    expect(await previewPolicyDraft(db, resident, id, TODAY)).toEqual({ ok: false, reason: "role" });
    expect(await recentPolicyDrafts(db, clerk)).toEqual([]);
    expect(await previewPolicyDraft(db, ningxiaReviewer, id, TODAY)).toEqual({ ok: false, reason: "region" });
    expect(await previewPolicyDraft(db, reviewer, "00000000-0000-4000-8000-000000000000", TODAY)).toEqual({ ok: false, reason: "not-found" });
    expect(await previewPolicyDraft(db, reviewer, "not-a-uuid", TODAY)).toEqual({ ok: false, reason: "not-found" });
  });
});
