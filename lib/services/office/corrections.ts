import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { appendAudit } from "@/lib/db/audit";
import { isUuid } from "@/lib/db/driver";
import { correctionRequest, enrollment, registryHousehold, registryPerson, type Reassessment } from "@/lib/db/schema";
import type { Db, DbOrTx, Tx } from "@/lib/db/types";
import { CORRECTABLE_FACTS } from "@/lib/forms/enrollment";
import { correctedValueInput, correctedValueSchemas, rejectSchema, type CorrectableFact, type CorrectedValue, type QueueFilters } from "@/lib/forms/office-queues";
import { maskIdNumber } from "@/lib/identity/id-number";
import { assistanceCodes, describePack, packById, packForRegion, type PolicyDescription, type Region } from "@/lib/rules";
import { assess } from "../enrollment/registration";
import { loadRegistryFacts, type RegistryFacts } from "../enrollment/registry-facts";
import { correctRegistryFact } from "./correct-registry-fact";
import { ageInDays, all, holdsAny, householdConditions, inScope, olderThan, refused, transactionUndoable, Undo, type StaffRefusal } from "./staff-scope";

export const CORRECTION_QUEUE_STATUSES = ["open", "accepted", "rejected"] as const;
type Status = (typeof CORRECTION_QUEUE_STATUSES)[number];

/** Corrections are the clerk's (窗口经办). */
const HANDLERS = ["clerk"] as const;

export type CorrectionItem = {
  id: string;
  personName: string;
  idNumberMasked: string;
  region: string;
  district: string;
  fact: CorrectableFact;
  note: string;
  status: Status;
  createdAt: Date;
  ageDays: number;
  decidedAt: Date | null;
};

const row = {
  c: correctionRequest,
  name: registryPerson.name,
  idNumber: registryPerson.idNumber,
  region: registryHousehold.region,
  district: registryHousehold.district,
};

function selectCorrections(db: DbOrTx) {
  return db
    .select(row)
    .from(correctionRequest)
    .innerJoin(registryPerson, eq(registryPerson.id, correctionRequest.personId))
    .innerJoin(registryHousehold, eq(registryHousehold.id, registryPerson.householdId));
}

const itemOf = (r: { c: typeof correctionRequest.$inferSelect; name: string; idNumber: string; region: string; district: string }, today: string): CorrectionItem => ({
  id: r.c.id,
  personName: r.name,
  idNumberMasked: maskIdNumber(r.idNumber),
  region: r.region,
  district: r.district,
  fact: r.c.fact as CorrectableFact,
  note: r.c.note,
  status: r.c.status,
  createdAt: r.c.createdAt,
  ageDays: ageInDays(r.c.createdAt, today),
  decidedAt: r.c.decidedAt,
});

/** The queue: open requests oldest first (decided ones, when asked for, newest first), within the staff member's region. */
export async function listCorrections(db: DbOrTx, actor: StaffActor, filters: QueueFilters<Status>, today: string): Promise<{ ok: true; items: CorrectionItem[] } | StaffRefusal> {
  if (!holdsAny(actor, HANDLERS)) return { ok: false, reason: "role" };
  const rows = await selectCorrections(db)
    // No status chosen: the open ones, the work still to do.
    .where(all(...householdConditions(actor, filters), eq(correctionRequest.status, filters.status ?? "open"), olderThan(correctionRequest.createdAt, filters.minAgeDays, today)))
    .orderBy(filters.status && filters.status !== "open" ? desc(correctionRequest.createdAt) : asc(correctionRequest.createdAt))
    .limit(200);
  return { ok: true, items: rows.map((r) => itemOf(r, today)) };
}

export type CorrectionDetail = CorrectionItem & {
  personId: string;
  reason: string | null;
  correctedValue: Record<string, string | string[]> | null;
  reassessment: Reassessment | null;
  /** What the registry says now, read for the pack the person registers under. */
  facts: RegistryFacts | null;
  /** The assistance groups of that pack, for an assistance correction. */
  groups: { code: string; label: string }[];
};

/** The pack the person's facts are read and re-assessed for: their live enrollment's, else their region's open one. */
async function packFor(db: DbOrTx, personId: string, region: string, today: string): Promise<PolicyDescription | null> {
  const regional = describePack(packForRegion(region, today));
  const [live] = await db
    .select({ packId: enrollment.packId })
    .from(enrollment)
    .where(and(eq(enrollment.personId, personId), ne(enrollment.status, "cancelled"), ...(regional ? [eq(enrollment.coverageYear, regional.coverageYear)] : [])))
    .orderBy(desc(enrollment.coverageYear))
    .limit(1);
  return (live ? describePack(packById(live.packId, today)) : null) ?? regional ?? null;
}

export async function correctionDetail(db: DbOrTx, actor: StaffActor, id: string, today: string): Promise<{ ok: true; detail: CorrectionDetail } | StaffRefusal | { ok: false; reason: "not-found" }> {
  if (!holdsAny(actor, HANDLERS)) return { ok: false, reason: "role" };
  if (!isUuid(id)) return { ok: false, reason: "not-found" };
  const [r] = await selectCorrections(db).where(eq(correctionRequest.id, id));
  if (!r) return { ok: false, reason: "not-found" };
  if (!inScope(actor, r.region)) return { ok: false, reason: "region" };
  const pack = await packFor(db, r.c.personId, r.region, today);
  return {
    ok: true,
    detail: {
      ...itemOf(r, today),
      personId: r.c.personId,
      reason: r.c.reason,
      correctedValue: r.c.correctedValue,
      reassessment: r.c.reassessment,
      facts: pack ? await loadRegistryFacts(db, r.c.personId, pack, today) : null,
      groups: pack ? assistanceCodes(pack.id, today).map(({ code, label }) => ({ code, label })) : [],
    },
  };
}

export type DecideCorrectionResult =
  | { ok: true; reassessment: Reassessment | null }
  | { ok: false; errors: { field: string; key: string }[] }
  | StaffRefusal
  | { ok: false; reason: "not-found" | "already-decided" };

/** The request, locked: a second decision waits for the first and then finds it decided. */
async function openRequest(tx: Tx, actor: StaffActor, id: string, attempted: "office.correction-accepted" | "office.correction-rejected", at: Date) {
  const [r] = await selectCorrections(tx).where(eq(correctionRequest.id, id)).for("update", { of: correctionRequest });
  if (!r) return { refusal: { ok: false, reason: "not-found" } as const };
  const refuse = (reason: "role" | "region" | "already-decided") => refused(tx, at, actor, attempted, r.c.personId, { ok: false, reason } as const, { correctionId: id });
  if (!holdsAny(actor, HANDLERS)) return { refusal: await refuse("role") };
  if (!inScope(actor, r.region)) return { refusal: await refuse("region") };
  if (r.c.status !== "open") return { refusal: await refuse("already-decided") };
  return { request: r };
}

/**
 * Accepts a correction: the clerk's corrected value (checked by the fact's schema) is written to
 * the registry, the person is assessed again by the same path as a registration (assess), and
 * the request records the value, the new answer and who decided. One transaction, one audit event
 * on the person, which they see on their pages.
 */
export async function acceptCorrection(db: Db, actor: StaffActor, id: string, raw: Record<string, unknown>, at: Date, today: string): Promise<DecideCorrectionResult> {
  if (!isUuid(id)) return { ok: false, reason: "not-found" };
  return transactionUndoable(db, async (tx): Promise<DecideCorrectionResult> => {
    const opened = await openRequest(tx, actor, id, "office.correction-accepted", at);
    if (opened.refusal) return opened.refusal;
    const r = opened.request;
    const fact = (CORRECTABLE_FACTS as readonly string[]).includes(r.c.fact) ? (r.c.fact as CorrectableFact) : "other";
    const parsed = correctedValueSchemas[fact].safeParse(correctedValueInput(fact, raw));
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ field: String(i.path[0] ?? ""), key: i.message })) };
    const value = { fact, ...parsed.data } as CorrectedValue;
    const pack = await packFor(tx, r.c.personId, r.region, today);
    if (!pack && fact !== "other") return { ok: false, errors: [{ field: "", key: "noPack" }] };
    if (pack) {
      const problem = await correctRegistryFact(tx, { personId: r.c.personId, region: r.region as Region, pack, correctionId: id }, value, today, at);
      // Nothing the clerk entered is kept: what was written of it is rolled back.
      if (problem) throw new Undo<DecideCorrectionResult>({ ok: false, errors: [problem] });
    }
    const reassessment = pack ? await reassess(tx, r.c.personId, pack, today) : null;
    const { note, ...corrected } = value as CorrectedValue & { note: string };
    await tx
      .update(correctionRequest)
      .set({ status: "accepted", decidedAt: at, decidedByStaffId: actor.staffId, reason: note || null, correctedValue: corrected as Record<string, string | string[]>, reassessment })
      .where(and(eq(correctionRequest.id, id), eq(correctionRequest.status, "open")));
    await appendAudit(tx, at, {
      action: "office.correction-accepted",
      outcome: "success",
      staffId: actor.staffId,
      personId: r.c.personId,
      detail: { correctionId: id, fact, outcome: reassessment?.outcome ?? null, reference: reassessment?.enrollment?.reference ?? null },
    });
    return { ok: true, reassessment };
  });
}

/** The rules' answer on the corrected facts, beside what the live enrollment of that year was decided on. */
async function reassess(tx: Tx, personId: string, pack: PolicyDescription, today: string): Promise<Reassessment | null> {
  const assessment = await assess(tx, personId, pack, today);
  if (!assessment) return null;
  const payableFen = assessment.answer.contribution?.payable ?? null;
  const [live] = assessment.existing ? await tx.select().from(enrollment).where(eq(enrollment.id, assessment.existing.id)) : [];
  const decidedFen = live?.answer.contribution?.payable ?? null;
  return {
    packId: pack.id,
    coverageYear: pack.coverageYear,
    outcome: assessment.outcome,
    eligible: assessment.answer.eligible,
    category: assessment.answer.category,
    payableFen,
    enrollment: live
      ? {
          reference: live.reference,
          category: live.category,
          payableFen: decidedFen,
          differs: !assessment.answer.eligible || live.category !== assessment.answer.category || decidedFen !== payableFen,
        }
      : null,
  };
}

/** Rejects a correction with a reason the resident reads; the registry stays as it is. */
export async function rejectCorrection(db: Db, actor: StaffActor, id: string, raw: Record<string, unknown>, at: Date): Promise<DecideCorrectionResult> {
  if (!isUuid(id)) return { ok: false, reason: "not-found" };
  const parsed = rejectSchema.safeParse({ reason: typeof raw.reason === "string" ? raw.reason : "" });
  return db.transaction(async (tx): Promise<DecideCorrectionResult> => {
    const opened = await openRequest(tx, actor, id, "office.correction-rejected", at);
    if (opened.refusal) return opened.refusal;
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => ({ field: "reason", key: i.message })) };
    await tx
      .update(correctionRequest)
      .set({ status: "rejected", decidedAt: at, decidedByStaffId: actor.staffId, reason: parsed.data.reason })
      .where(and(eq(correctionRequest.id, id), eq(correctionRequest.status, "open")));
    await appendAudit(tx, at, { action: "office.correction-rejected", outcome: "success", staffId: actor.staffId, personId: opened.request.c.personId, detail: { correctionId: id, fact: opened.request.c.fact } });
    return { ok: true, reassessment: null };
  });
}
