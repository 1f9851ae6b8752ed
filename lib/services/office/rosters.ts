import { createHash } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { appendAudit, appendAuditEvents } from "@/lib/db/audit";
import { isUuid } from "@/lib/db/driver";
import { rosterUpload } from "@/lib/db/schema";
import type { Db, DbOrTx } from "@/lib/db/types";
import { assistanceCodes, openPacks } from "@/lib/rules";
import { applyRosterPlan, planRoster, type RosterPlan } from "../registry/import-assistance-roster";
import { holdsAny, inScope, refused, type StaffRefusal } from "./staff-scope";

/** Rosters are the clerk's (窗口经办). */
const HANDLERS = ["clerk"] as const;

/** The packs whose rosters the staff member may feed: open today, in their region, with assistance groups. */
export function rosterPacks(actor: StaffActor, today: string): { id: string; region: string; regionName: string; coverageYear: number; groups: { code: string; label: string }[] }[] {
  return openPacks(today)
    .filter((pack) => inScope(actor, pack.region) && pack.assistance.length > 0)
    .map((pack) => ({ id: pack.id, region: pack.region, regionName: pack.regionName, coverageYear: pack.coverageYear, groups: assistanceCodes(pack.id, today).map(({ code, label }) => ({ code, label })) }));
}

export type StageResult = { ok: true; uploadId: string } | StaffRefusal | { ok: false; reason: "unknown-pack" };

/**
 * Keeps an uploaded roster (already checked for size and type, lib/registry/roster-file) for
 * its preview and apply, so that what is applied is the file that was previewed. The roster itself
 * is not touched.
 */
export async function stageRosterUpload(db: Db, actor: StaffActor, input: { packId: string; fileName: string; csv: string }, at: Date, today: string): Promise<StageResult> {
  if (!holdsAny(actor, HANDLERS)) return { ok: false, reason: "role" };
  const pack = openPacks(today).find((p) => p.id === input.packId);
  if (!pack || pack.assistance.length === 0) return { ok: false, reason: "unknown-pack" };
  if (!inScope(actor, pack.region)) return { ok: false, reason: "region" };
  return db.transaction(async (tx) => {
    const fileSha256 = createHash("sha256").update(input.csv).digest("hex");
    const [row] = await tx
      .insert(rosterUpload)
      .values({ packId: pack.id, fileName: input.fileName.slice(0, 200), fileSha256, csv: input.csv, uploadedByStaffId: actor.staffId, uploadedAt: at })
      .returning({ id: rosterUpload.id });
    await appendAudit(tx, at, { action: "office.roster-uploaded", outcome: "success", staffId: actor.staffId, detail: { uploadId: row!.id, packId: pack.id, file: fileSha256.slice(0, 16) } });
    return { ok: true, uploadId: row!.id };
  });
}

export type RosterPreview = {
  uploadId: string;
  packId: string;
  fileName: string;
  uploadedAt: Date;
  appliedAt: Date | null;
  plan: RosterPlan;
  /** Applying needs every line valid (the console has no --skip-invalid). */
  applicable: boolean;
};

async function uploadFor(db: DbOrTx, actor: StaffActor, uploadId: string, today: string) {
  if (!holdsAny(actor, HANDLERS)) return { refusal: { ok: false, reason: "role" } as const };
  if (!isUuid(uploadId)) return { refusal: { ok: false, reason: "not-found" } as const };
  const [upload] = await db.select().from(rosterUpload).where(eq(rosterUpload.id, uploadId));
  if (!upload) return { refusal: { ok: false, reason: "not-found" } as const };
  const region = openPacks(today).find((p) => p.id === upload.packId)?.region ?? null;
  if (!inScope(actor, region)) return { refusal: { ok: false, reason: "region" } as const };
  return { upload };
}

/** The line-numbered report and who would be added and removed; writes nothing. */
export async function previewRosterUpload(db: DbOrTx, actor: StaffActor, uploadId: string, today: string): Promise<{ ok: true; preview: RosterPreview } | StaffRefusal | { ok: false; reason: "not-found" | "unknown-pack" }> {
  const found = await uploadFor(db, actor, uploadId, today);
  if (found.refusal) return found.refusal;
  const { upload } = found;
  const planned = await planRoster(db, { csv: upload.csv, packId: upload.packId });
  if (!planned.ok) return { ok: false, reason: "unknown-pack" };
  const { plan } = planned;
  return {
    ok: true,
    preview: { uploadId, packId: upload.packId, fileName: upload.fileName, uploadedAt: upload.uploadedAt, appliedAt: upload.appliedAt, plan, applicable: !plan.checked.fatal && plan.checked.problems.length === 0 },
  };
}

export type ApplyResult =
  | { ok: true; added: number; removed: number }
  | StaffRefusal
  | { ok: false; reason: "not-found" | "unknown-pack" | "invalid-rows" | "already-applied" };

/**
 * Applies an uploaded roster as the whole roster of the groups it lists: its new members are
 * added and those of its groups not in it removed, through the same core as the command line
 * (planRoster, applyRosterPlan), worked out again on the roster as it is now. A file with any bad
 * line changes nothing. One transaction: an event on each person added or removed (they see it)
 * and one for the file, naming the staff member; a second apply of the same upload finds it applied.
 */
export async function applyRosterUpload(db: Db, actor: StaffActor, uploadId: string, at: Date, today: string): Promise<ApplyResult> {
  return db.transaction(async (tx): Promise<ApplyResult> => {
    const found = await uploadFor(tx, actor, uploadId, today);
    if (found.refusal) return found.refusal;
    const planned = await planRoster(tx, { csv: found.upload.csv, packId: found.upload.packId });
    if (!planned.ok) return { ok: false, reason: "unknown-pack" };
    const { plan } = planned;
    if (plan.checked.fatal || plan.checked.problems.length > 0) {
      return refused(tx, at, actor, "office.roster-applied", null, { ok: false, reason: "invalid-rows" } as const, { uploadId, problems: plan.checked.problems.length });
    }
    const [claimed] = await tx
      .update(rosterUpload)
      .set({ appliedAt: at, appliedByStaffId: actor.staffId })
      .where(and(eq(rosterUpload.id, uploadId), isNull(rosterUpload.appliedAt)))
      .returning({ id: rosterUpload.id });
    if (!claimed) return refused(tx, at, actor, "office.roster-applied", null, { ok: false, reason: "already-applied" } as const, { uploadId });
    const { added, removed } = await applyRosterPlan(tx, plan, { removeNotInFile: true }, at);
    const member = (action: "office.roster-added" | "office.roster-removed") => (m: { personId: string; groupCode: string }) =>
      ({ action, outcome: "success", staffId: actor.staffId, personId: m.personId, detail: { uploadId, packId: plan.packId, groupCode: m.groupCode } }) as const;
    await appendAuditEvents(tx, at, [...added.map(member("office.roster-added")), ...removed.map(member("office.roster-removed"))]);
    await appendAudit(tx, at, {
      action: "office.roster-applied",
      outcome: "success",
      staffId: actor.staffId,
      detail: { uploadId, packId: plan.packId, file: plan.fileSha256.slice(0, 16), rowsRead: plan.checked.rowsRead, added: added.length, removed: removed.length },
    });
    return { ok: true, added: added.length, removed: removed.length };
  });
}

/** The latest uploads the staff member may see, for the roster page. */
export async function recentRosterUploads(db: DbOrTx, actor: StaffActor, today: string) {
  if (!holdsAny(actor, HANDLERS)) return [];
  const packs = rosterPacks(actor, today).map((p) => p.id);
  const rows = await db
    .select({ id: rosterUpload.id, packId: rosterUpload.packId, fileName: rosterUpload.fileName, uploadedAt: rosterUpload.uploadedAt, appliedAt: rosterUpload.appliedAt })
    .from(rosterUpload)
    .orderBy(desc(rosterUpload.uploadedAt))
    .limit(50);
  return rows.filter((r) => packs.includes(r.packId)).slice(0, 20);
}
