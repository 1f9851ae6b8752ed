import { and, eq, inArray, ne, sql } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { isUuid, rowsOf, violates } from "@/lib/db/driver";
import { enrollment, paymentNotice, registrationDraft, registryPermit, registryRelation, type REGISTRATION_STEPS } from "@/lib/db/schema";
import type { Db, DbOrTx } from "@/lib/db/types";
import { composeReference } from "@/lib/numbers/enrollment-reference";
import { detailsSchema, type DetailsNeeds, type EnrollmentErrorKey } from "@/lib/forms/enrollment";
import { normalizePhone } from "@/lib/identity/phone";
import { describePack, evaluate, packById, packForRegion, type EligibilityAnswer, type ParsedRequest, type PolicyDescription } from "@/lib/rules";
import { registrationFor, rightToAct, type Actor, type Right } from "../people/right-to-act";
import { outcomeOf, packFingerprint, type Outcome } from "./decision";
import { loadRegistryFacts, regionOf, registryRequest, type RegistryFacts } from "./registry-facts";

export type Step = (typeof REGISTRATION_STEPS)[number];
/** Without a pack to register in, the act is still checked, for the calendar year (a delegate is then refused). */
const calendarYear = (today: string) => Number(today.slice(0, 4));
type Refusal = Extract<Right, { ok: false }>["reason"];

export type Assessment = {
  facts: RegistryFacts;
  pack: PolicyDescription;
  request: ParsedRequest;
  answer: EligibilityAnswer;
  outcome: Outcome;
  needs: DetailsNeeds;
  /** A live enrollment for the person and year, if there is one. */
  existing: { id: string; reference: string; status: string } | null;
};

/** The registry's facts about the person and the rules' answer on them, today. */
export async function assess(db: DbOrTx, personId: string, pack: PolicyDescription, today: string): Promise<Assessment | null> {
  const facts = await loadRegistryFacts(db, personId, pack, today);
  if (!facts) return null;
  const request = await registryRequest(db, facts, pack, today);
  const result = evaluate(request, { today });
  if (!result.ok) return null;
  const [existing] = await db
    .select({ id: enrollment.id, reference: enrollment.reference, status: enrollment.status })
    .from(enrollment)
    .where(and(eq(enrollment.personId, personId), eq(enrollment.coverageYear, pack.coverageYear), ne(enrollment.status, "cancelled")));
  const outcome = outcomeOf(result.answer);
  const usesPermit = facts.residency !== "local-hukou" && facts.residency !== "none" && !facts.school;
  return {
    facts,
    pack,
    request,
    answer: result.answer,
    outcome,
    needs: { permitNumber: usesPermit, parentPermitNumber: facts.residency === "none" && facts.parentPermit && !facts.school },
    existing: existing ?? null,
  };
}

export type Draft = { personId: string; packId: string; step: Step; data: Record<string, string> };

export async function loadDraft(db: DbOrTx, accountId: string): Promise<Draft | null> {
  const [row] = await db.select().from(registrationDraft).where(eq(registrationDraft.accountId, accountId));
  return row ? { personId: row.personId, packId: row.packId, step: row.step, data: row.data } : null;
}

export type StartResult = { ok: true; step: Step } | { ok: false; reason: Refusal | "no-pack" };

/** Starts (or restarts) a registration for a person the actor may act for: one draft per account. */
export async function startRegistration(db: Db, actor: Actor, personId: string, at: Date, today: string): Promise<StartResult> {
  return db.transaction(async (tx) => {
    const pack = describePack(packForRegion((await regionOf(tx, personId)) ?? "", today));
    const right = await rightToAct(tx, actor, personId, today, registrationFor(pack?.coverageYear ?? calendarYear(today)));
    if (!right.ok) return right;
    if (!pack) return { ok: false, reason: "no-pack" };
    const draft = { personId, packId: pack.id, step: "facts" as const, data: {}, updatedAt: at };
    await tx
      .insert(registrationDraft)
      .values({ accountId: actor.accountId, ...draft })
      .onConflictDoUpdate({ target: registrationDraft.accountId, set: draft });
    await appendAudit(tx, at, {
      action: "registration.started",
      outcome: "success",
      accountId: actor.accountId,
      personId,
      detail: { actorPersonId: actor.personId, actingAs: right.actingAs, packId: pack.id },
    });
    return { ok: true, step: "facts" };
  });
}

export type SaveResult = { ok: true; next: Step } | { ok: false; errors: { field: string; key: EnrollmentErrorKey | "permitMismatch" | "parentPermitMismatch" }[] } | { ok: false; reason: Refusal | "no-draft" | "not-registrable" };

const normalizePermit = (value: string) => value.replace(/[\s\u3000]/g, "").toUpperCase();

/**
 * Saves a step of the draft and moves it on: "facts" (the resident has read what the registry
 * says) → "details" (contact phone, and the permit numbers the route needs, checked against the
 * registry) → "check".
 */
export async function saveRegistrationStep(
  db: Db,
  actor: Actor,
  step: "facts" | "details",
  values: Record<string, string>,
  at: Date,
  today: string,
): Promise<SaveResult> {
  return db.transaction(async (tx) => {
    const draft = await loadDraft(tx, actor.accountId);
    if (!draft) return { ok: false, reason: "no-draft" };
    const pack = describePack(packById(draft.packId, today));
    const right = await rightToAct(tx, actor, draft.personId, today, registrationFor(pack?.coverageYear ?? calendarYear(today)));
    if (!right.ok) return right;
    const assessment = pack ? await assess(tx, draft.personId, pack, today) : null;
    if (!assessment || assessment.outcome !== "register" || assessment.existing) return { ok: false, reason: "not-registrable" };

    let data = draft.data;
    let next: Step = "details";
    if (step === "details") {
      const parsed = detailsSchema(assessment.needs).safeParse({ permitNumber: "", parentPermitNumber: "", ...values });
      if (!parsed.success) {
        return { ok: false, errors: parsed.error.issues.map((issue) => ({ field: String(issue.path[0]), key: issue.message as EnrollmentErrorKey })) };
      }
      const errors: { field: string; key: "permitMismatch" | "parentPermitMismatch" }[] = [];
      if (assessment.needs.permitNumber && !(await permitMatches(tx, [draft.personId], parsed.data.permitNumber))) {
        errors.push({ field: "permitNumber", key: "permitMismatch" });
      }
      if (assessment.needs.parentPermitNumber && !(await permitMatches(tx, await parentsOf(tx, draft.personId), parsed.data.parentPermitNumber))) {
        errors.push({ field: "parentPermitNumber", key: "parentPermitMismatch" });
      }
      if (errors.length > 0) return { ok: false, errors };
      data = {
        contactPhone: normalizePhone(parsed.data.contactPhone),
        permitNumber: assessment.needs.permitNumber ? normalizePermit(parsed.data.permitNumber) : "",
        parentPermitNumber: assessment.needs.parentPermitNumber ? normalizePermit(parsed.data.parentPermitNumber) : "",
      };
      next = "check";
    }
    await tx.update(registrationDraft).set({ step: next, data, updatedAt: at }).where(eq(registrationDraft.accountId, actor.accountId));
    await appendAudit(tx, at, {
      action: "registration.step-saved",
      outcome: "success",
      accountId: actor.accountId,
      personId: draft.personId,
      detail: { actorPersonId: actor.personId, step },
    });
    return { ok: true, next };
  });
}

async function parentsOf(db: DbOrTx, personId: string): Promise<string[]> {
  const rows = await db
    .select({ id: registryRelation.relativeId })
    .from(registryRelation)
    .where(and(eq(registryRelation.personId, personId), eq(registryRelation.relation, "parent")));
  return rows.map((row) => row.id);
}

async function permitMatches(db: DbOrTx, holders: string[], typed: string): Promise<boolean> {
  if (holders.length === 0) return false;
  const permits = await db.select({ number: registryPermit.number }).from(registryPermit).where(inArray(registryPermit.personId, holders));
  return permits.some((p) => normalizePermit(p.number) === normalizePermit(typed));
}

export type SubmitResult =
  | { ok: true; enrollmentId: string; reference: string }
  | { ok: false; reason: "already-registered"; reference: string }
  | { ok: false; reason: "not-eligible" | "renewal" | "school" | "closed"; answer: EligibilityAnswer }
  | { ok: false; reason: Refusal | "no-draft" | "incomplete" };

const ONE_LIVE = "enrollment_one_live_per_person_year";

/**
 * Submits the draft: checks the actor's right again, asks the rules with the registry's facts as
 * they are now, and writes the enrollment with its decision record (request, answer, pack and its
 * fingerprint) in one transaction. A second live enrollment for the person and year is refused by
 * the database's partial unique index, however many submissions race.
 */
export async function submitRegistration(db: Db, actor: Actor, personId: string, at: Date, today: string): Promise<SubmitResult> {
  try {
    return await db.transaction(async (tx): Promise<SubmitResult> => {
      const draft = await loadDraft(tx, actor.accountId);
      const pack = describePack(draft ? packById(draft.packId, today) : packForRegion((await regionOf(tx, personId)) ?? "", today));
      // Locked (issue 13): a withdrawal of the consent waits until this submission commits, or it is refused after the withdrawal.
      const right = await rightToAct(tx, actor, personId, today, registrationFor(pack?.coverageYear ?? calendarYear(today)), true);
      const assessment = pack ? await assess(tx, personId, pack, today) : null;
      if (right.ok && assessment?.existing) return { ok: false, reason: "already-registered", reference: assessment.existing.reference };
      if (!draft || draft.personId !== personId) return { ok: false, reason: "no-draft" };
      const refuse = async (reason: string) =>
        appendAudit(tx, at, { action: "registration.refused", outcome: "refused", accountId: actor.accountId, personId, detail: { actorPersonId: actor.personId, reason } });
      if (!right.ok) {
        await refuse(right.reason);
        return right;
      }
      if (!assessment || !pack) return { ok: false, reason: "no-draft" };
      if (assessment.outcome !== "register") {
        await refuse(assessment.outcome);
        return { ok: false, reason: assessment.outcome, answer: assessment.answer };
      }
      if (draft.step !== "check" || !draft.data.contactPhone) return { ok: false, reason: "incomplete" };

      const [sequence] = rowsOf<{ n: string }>(await tx.execute(sql`select nextval('enrollment_reference_seq')::text as n`));
      const reference = composeReference(pack.coverageYear, Number(sequence?.n));
      const [created] = await tx
        .insert(enrollment)
        .values({
          reference,
          personId,
          coverageYear: pack.coverageYear,
          packId: pack.id,
          packFingerprint: packFingerprint(pack),
          status: "registered",
          category: assessment.answer.category,
          route: assessment.answer.route ?? "register",
          request: assessment.request,
          answer: assessment.answer,
          contactPhone: draft.data.contactPhone,
          permitNumber: draft.data.permitNumber || draft.data.parentPermitNumber || null,
          actorAccountId: actor.accountId,
          actorPersonId: actor.personId,
          actingAs: right.actingAs,
          delegationId: right.actingAs === "delegate" ? right.delegationId : null,
          submittedAt: at,
        })
        .returning({ id: enrollment.id });
      if (!created) throw new Error("enrollment not created");
      await tx.delete(registrationDraft).where(eq(registrationDraft.accountId, actor.accountId));
      await appendAudit(tx, at, {
        action: "registration.submitted",
        outcome: "success",
        accountId: actor.accountId,
        personId,
        detail: { actorPersonId: actor.personId, actingAs: right.actingAs, reference, packId: pack.id, coverageYear: pack.coverageYear },
      });
      return { ok: true, enrollmentId: created.id, reference };
    });
  } catch (error) {
    if (!violates(error, ONE_LIVE)) throw error;
    const [live] = await db
      .select({ reference: enrollment.reference })
      .from(enrollment)
      .where(and(eq(enrollment.personId, personId), ne(enrollment.status, "cancelled")));
    await appendAudit(db, at, {
      action: "registration.refused",
      outcome: "refused",
      accountId: actor.accountId,
      personId,
      detail: { actorPersonId: actor.personId, reason: "already-registered" },
    });
    return { ok: false, reason: "already-registered", reference: live?.reference ?? "" };
  }
}

export type CancelResult = { ok: true; reference: string } | { ok: false; reason: Refusal | "not-found" | "not-cancellable" };

/** Cancels a registration before it is paid. Conditional update: a paid or cancelled one stays as it is. */
export async function cancelRegistration(db: Db, actor: Actor, enrollmentId: string, at: Date, today: string): Promise<CancelResult> {
  if (!isUuid(enrollmentId)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ personId: enrollment.personId, coverageYear: enrollment.coverageYear }).from(enrollment).where(eq(enrollment.id, enrollmentId));
    if (!row) return { ok: false, reason: "not-found" };
    const right = await rightToAct(tx, actor, row.personId, today, registrationFor(row.coverageYear), true);
    if (!right.ok) return right;
    const [cancelled] = await tx
      .update(enrollment)
      .set({ status: "cancelled", cancelledAt: at, cancelledByAccountId: actor.accountId })
      .where(and(eq(enrollment.id, enrollmentId), eq(enrollment.status, "registered")))
      .returning({ reference: enrollment.reference });
    if (!cancelled) return { ok: false, reason: "not-cancellable" };
    // J5: its open payment notice goes with it (a payment that still arrives for it is kept to refund).
    await tx
      .update(paymentNotice)
      .set({ status: "cancelled", closedAt: at })
      .where(and(eq(paymentNotice.enrollmentId, enrollmentId), eq(paymentNotice.status, "open")));
    await appendAudit(tx, at, {
      action: "registration.cancelled",
      outcome: "success",
      accountId: actor.accountId,
      personId: row.personId,
      detail: { actorPersonId: actor.personId, actingAs: right.actingAs, reference: cancelled.reference },
    });
    return { ok: true, reference: cancelled.reference };
  });
}

