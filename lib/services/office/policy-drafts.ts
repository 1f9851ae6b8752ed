/**
 * The policy packs in the office console (issue 15): the packs in force with every figure and its
 * clause, and the preview of a draft pack file — its validation report, its diff against the pack
 * it replaces, and what changes for residents (the case tables and a sample of the registry
 * answered under both). Nothing is published here: publishing is committing the reviewed file
 * (docs/decisions/0018-policy-packs-as-data.md).
 */
import { createHash } from "node:crypto";
import path from "node:path";
import { asc, desc, eq } from "drizzle-orm";
import type { StaffActor, StaffRole } from "@/lib/auth/staff-actor";
import { appendAudit } from "@/lib/db/audit";
import { isUuid } from "@/lib/db/driver";
import { policyDraft, registryHousehold, registryPerson } from "@/lib/db/schema";
import type { Db, DbOrTx } from "@/lib/db/types";
import {
  caseRequest,
  caseTablesOf,
  checkDraft,
  compareUnder,
  describePack,
  diffPacks,
  figuresOf,
  onRegistrationStart,
  packById,
  packsOn,
  policiesDir,
  readCases,
  regionOrder,
  type AnswerChange,
  type FigureChange,
  type Pack,
  type PackProblem,
  type PolicyDescription,
  type Subject,
} from "@/lib/rules";
import { loadRegistryFacts, registryRequest } from "../enrollment/registry-facts";
import { holdsAny, inScope, type StaffRefusal } from "./staff-scope";

/** Who previews drafts: reviewers (审核) and administrators; every member of staff may read the packs. */
export const DRAFT_PREVIEWERS: readonly StaffRole[] = ["reviewer", "admin"];
/** The registry sample of a preview: this many people of the draft's region, in id order. */
export const ROSTER_SAMPLE = 200;

export type ConsolePack = { id: string; region: Pack["region"]; regionName: string; coverageYear: number; status: "published" | "projected"; registration: { start: string; end: string } };

/** Every pack in force on `today`, published and projected, by region then latest year first. */
export function consolePacks(today: string): ConsolePack[] {
  return packsOn(today)
    .map((pack) => ({
      id: pack.id,
      region: pack.region,
      regionName: pack.regionName,
      coverageYear: pack.coverageYear,
      status: pack.projected ? ("projected" as const) : ("published" as const),
      registration: pack.periods.registration.value,
    }))
    .sort((a, b) => regionOrder.indexOf(a.region) - regionOrder.indexOf(b.region) || b.coverageYear - a.coverageYear);
}

export type FigureRow = { path: string; value: unknown; source: string; status: "verified" | "provisional" };

/** One pack with every figure and its clause, for /office/policies/<id>. */
export function consolePack(id: string, today: string): { pack: PolicyDescription; status: ConsolePack["status"]; figures: FigureRow[] } | null {
  const pack = packById(id, today);
  if (!pack) return null;
  const figures = [...figuresOf(pack)].map(([figurePath, figure]) => ({ path: figurePath, value: figure.value, source: figure.source, status: figure.status }));
  return { pack: describePack(pack), status: pack.projected ? "projected" : "published", figures };
}

export type StageDraftResult = { ok: true; draftId: string } | StaffRefusal;

/** Keeps an uploaded draft (already checked for size and YAML) for its preview; one audit event names the staff member. */
export async function stagePolicyDraft(db: Db, actor: StaffActor, input: { fileName: string; text: string }, at: Date): Promise<StageDraftResult> {
  if (!holdsAny(actor, DRAFT_PREVIEWERS)) return { ok: false, reason: "role" };
  return db.transaction(async (tx) => {
    const fileSha256 = createHash("sha256").update(input.text).digest("hex");
    const [row] = await tx
      .insert(policyDraft)
      .values({ fileName: path.basename(input.fileName).slice(0, 200) || "draft.yaml", fileSha256, text: input.text, uploadedByStaffId: actor.staffId, uploadedAt: at })
      .returning({ id: policyDraft.id });
    await appendAudit(tx, at, { action: "office.policy-draft-uploaded", outcome: "success", staffId: actor.staffId, detail: { draftId: row!.id, file: fileSha256.slice(0, 16) } });
    return { ok: true, draftId: row!.id };
  });
}

export type DraftPreview = {
  draftId: string;
  fileName: string;
  uploadedAt: Date;
  /** Problems of the file (file:line key path: reason); the rest is absent when there are any. */
  problems: PackProblem[];
  draft?: { id: string; region: string; regionName: string; coverageYear: number; extends?: string; described: PolicyDescription };
  /** The pack residents are answered under today in its place (same id), else the pack it extends or follows. */
  replaces?: { id: string; coverageYear: number; projected: boolean };
  changes: FigureChange[];
  cases: { checked: number; changed: AnswerChange[] };
  roster: { checked: number; changed: AnswerChange[] };
};

/** The preview of a draft; reads only. A region's staff see only their region's drafts. */
export async function previewPolicyDraft(db: DbOrTx, actor: StaffActor, draftId: string, today: string): Promise<{ ok: true; preview: DraftPreview } | StaffRefusal | { ok: false; reason: "not-found" }> {
  if (!holdsAny(actor, DRAFT_PREVIEWERS)) return { ok: false, reason: "role" };
  if (!isUuid(draftId)) return { ok: false, reason: "not-found" };
  const [row] = await db.select().from(policyDraft).where(eq(policyDraft.id, draftId));
  if (!row) return { ok: false, reason: "not-found" };
  const base = { draftId, fileName: row.fileName, uploadedAt: row.uploadedAt, changes: [], cases: { checked: 0, changed: [] }, roster: { checked: 0, changed: [] } };
  const check = checkDraft(row.fileName, row.text);
  if (!check.ok) return { ok: true, preview: { ...base, problems: check.problems } };
  const { draft, parent } = check;
  if (!inScope(actor, draft.region)) return { ok: false, reason: "region" };
  const replaced = packById(draft.id, today) ?? parent;
  const summary = { id: draft.id, region: draft.region, regionName: draft.regionName, coverageYear: draft.coverageYear, extends: check.extends, described: describePack(draft) };
  if (!replaced) return { ok: true, preview: { ...base, problems: [], draft: summary } };
  const cases = caseSubjects(replaced);
  const roster = await rosterSubjects(db, replaced, today);
  return {
    ok: true,
    preview: {
      ...base,
      problems: [],
      draft: summary,
      replaces: { id: replaced.id, coverageYear: replaced.coverageYear, projected: replaced.projected },
      changes: diffPacks(replaced, draft),
      cases: { checked: cases.length, changed: compareUnder(replaced, draft, cases) },
      roster: { checked: roster.length, changed: compareUnder(replaced, draft, roster) },
    },
  };
}

/** The case table of the replaced pack (a projection reads the table of the pack it is projected from). */
function caseSubjects(replaced: Pack): Subject[] {
  const tables = caseTablesOf(policiesDir());
  const table = tables.find((t) => t.packId === replaced.id) ?? tables.filter((t) => t.packId.startsWith(`${replaced.region}-`)).at(-1);
  if (!table?.text) return [];
  const fromPack = packById(table.packId, "2099-12-31") ?? replaced;
  return readCases(table.text).map((row) => ({ who: row.name, request: caseRequest(fromPack, row) }));
}

/** The registry's people of the pack's region, each as the registry would ask on the first day of registration. */
async function rosterSubjects(db: DbOrTx, replaced: Pack, today: string): Promise<Subject[]> {
  const described = describePack(replaced);
  const people = await db
    .select({ id: registryPerson.id })
    .from(registryPerson)
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId))
    .where(eq(registryHousehold.region, replaced.region))
    .orderBy(asc(registryPerson.id))
    .limit(ROSTER_SAMPLE);
  const subjects: Subject[] = [];
  for (const person of people) {
    const facts = await loadRegistryFacts(db, person.id, described, today);
    if (!facts) continue;
    const request = await registryRequest(db, facts, described, today);
    subjects.push({ who: `${facts.name}（${facts.idNumberMasked}）`, request: onRegistrationStart(request, replaced) });
  }
  return subjects;
}

/** The latest drafts, for the packs page. */
export async function recentPolicyDrafts(db: DbOrTx, actor: StaffActor) {
  if (!holdsAny(actor, DRAFT_PREVIEWERS)) return [];
  return db.select({ id: policyDraft.id, fileName: policyDraft.fileName, uploadedAt: policyDraft.uploadedAt }).from(policyDraft).orderBy(desc(policyDraft.uploadedAt)).limit(20);
}
