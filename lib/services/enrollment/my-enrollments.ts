import { and, desc, eq, gte, inArray, isNotNull, ne, or, sql } from "drizzle-orm";
import { auditEvent, delegation, enrollment, paymentNotice, registryPerson } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { maskIdNumber } from "@/lib/identity/id-number";
import { describePack, packForRegion } from "@/lib/rules";
import { peopleIMayActFor, registrationFor, rightToAct, type Actor } from "../people/right-to-act";
import { packChangedSince } from "./decision";
import { loadDraft, type Step } from "./registration";

export type TimelineStep = { key: "registered" | "notice" | "paid" | "coverStarts" | "covered"; state: "done" | "current" | "upcoming"; date: string | null };

export type EnrollmentSummary = {
  id: string;
  reference: string;
  coverageYear: number;
  packId: string;
  status: "registered" | "cancelled" | "paid";
  category: string;
  payableFen: number | null;
  provisional: boolean;
  coverageStart: string | null;
  submittedOn: string;
  cancelledOn: string | null;
  byMe: boolean;
  actorName: string;
  /** The pack has changed since the decision; the decision stands as recorded. */
  packChanged: boolean;
  timeline: TimelineStep[];
};

export type PersonEnrollments = {
  personId: string;
  name: string;
  idNumberMasked: string;
  actingAs: "self" | "guardian" | "delegate";
  enrollments: EnrollmentSummary[];
  draftStep: Step | null;
};

const yearBefore = (day: string) => `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;

const shanghaiDay = (instant: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(instant);

/** A payment notice of an enrollment, as the timeline shows it (J5: payment_notice). */
export type TimelineNotice = { issuedOn: string; paidAt: Date | null };

/** Registered → payment notice issued → paid → cover starts → covered; the notice and payment dates come from J5's tables. */
export function timelineOf(row: { status: string; submittedAt: Date; coverageStart: string | null }, today: string, notice: TimelineNotice | null = null): TimelineStep[] {
  const paid = row.status === "paid";
  const started = paid && row.coverageStart !== null && row.coverageStart <= today;
  return [
    { key: "registered", state: "done", date: shanghaiDay(row.submittedAt) },
    { key: "notice", state: paid || notice ? "done" : "current", date: notice?.issuedOn ?? null },
    { key: "paid", state: paid ? "done" : notice ? "current" : "upcoming", date: notice?.paidAt ? shanghaiDay(notice.paidAt) : null },
    { key: "coverStarts", state: started ? "done" : paid ? "current" : "upcoming", date: row.coverageStart },
    { key: "covered", state: started ? "current" : "upcoming", date: null },
  ];
}

/** J4: everyone the actor may act for, each with their enrollments (newest first) and any draft of the actor's. */
export async function loadMyEnrollments(db: DbOrTx, actor: Actor, today: string): Promise<PersonEnrollments[]> {
  const people = await peopleIMayActFor(db, actor, today);
  const ids = people.map((p) => p.personId);
  const [persons, rows, draft, notices] = await Promise.all([
    db.select({ id: registryPerson.id, name: registryPerson.name, idNumber: registryPerson.idNumber }).from(registryPerson).where(inArray(registryPerson.id, ids)),
    db.select().from(enrollment).where(inArray(enrollment.personId, ids)).orderBy(desc(enrollment.submittedAt), sql`${enrollment.status} = 'cancelled'`),
    loadDraft(db, actor.accountId),
    // J5: the live (open or paid) payment notice of each enrollment.
    db
      .select({ enrollmentId: paymentNotice.enrollmentId, issuedOn: paymentNotice.issuedOn, paidAt: paymentNotice.paidAt, coverageStart: paymentNotice.coverageStart })
      .from(paymentNotice)
      .where(and(inArray(paymentNotice.personId, ids), inArray(paymentNotice.status, ["open", "paid"]))),
  ]);
  const noticeOf = (enrollmentId: string) => notices.find((n) => n.enrollmentId === enrollmentId) ?? null;
  // Paid: the cover fixed by the payment date; before that, the cover the registration was decided on.
  const coverageStartOf = (r: (typeof rows)[number]) => (r.status === "paid" && noticeOf(r.id) ? noticeOf(r.id)!.coverageStart : (r.answer.coverage?.start ?? null));
  const actorIds = [...new Set(rows.map((r) => r.actorPersonId))];
  const actors = actorIds.length
    ? await db.select({ id: registryPerson.id, name: registryPerson.name }).from(registryPerson).where(inArray(registryPerson.id, actorIds))
    : [];
  return people.flatMap(({ personId, actingAs, covers }) => {
    const person = persons.find((p) => p.id === personId);
    if (!person) return [];
    return [
      {
        personId,
        name: person.name,
        idNumberMasked: maskIdNumber(person.idNumber),
        actingAs,
        draftStep: draft?.personId === personId ? draft.step : null,
        enrollments: rows
          .filter((r) => r.personId === personId && covers(registrationFor(r.coverageYear)))
          .map((r) => ({
            id: r.id,
            reference: r.reference,
            coverageYear: r.coverageYear,
            packId: r.packId,
            status: r.status,
            category: r.category,
            // What was decided, as recorded: never re-evaluated.
            payableFen: r.answer.contribution?.payable ?? null,
            provisional: r.answer.provisional,
            coverageStart: coverageStartOf(r),
            submittedOn: shanghaiDay(r.submittedAt),
            cancelledOn: r.cancelledAt ? shanghaiDay(r.cancelledAt) : null,
            byMe: r.actorAccountId === actor.accountId,
            actorName: actors.find((a) => a.id === r.actorPersonId)?.name ?? "",
            packChanged: packChangedSince(r, today),
            timeline: timelineOf({ status: r.status, submittedAt: r.submittedAt, coverageStart: coverageStartOf(r) }, today, r.status === "cancelled" ? null : noticeOf(r.id)),
          })),
      },
    ];
  });
}

/** The status of one enrollment, for the polling endpoint: only for someone who may act for the person. */
export async function enrollmentStatus(db: DbOrTx, actor: Actor, enrollmentId: string, today: string) {
  const [row] = await db
    .select({ personId: enrollment.personId, status: enrollment.status, reference: enrollment.reference, coverageYear: enrollment.coverageYear })
    .from(enrollment)
    .where(eq(enrollment.id, enrollmentId));
  if (!row || !(await rightToAct(db, actor, row.personId, today, registrationFor(row.coverageYear))).ok) return null;
  return { status: row.status, reference: row.reference };
}

/** The deadlines of the open registration periods in the regions of the people listed. */
export function openDeadlines(regions: string[], today: string) {
  return [...new Set(regions)].flatMap((region) => {
    const pack = describePack(packForRegion(region, today));
    if (!pack || today < pack.periods.registration.start || today > pack.periods.payment.end) return [];
    return [{ packId: pack.id, region, coverageYear: pack.coverageYear, registrationEnd: pack.periods.registration.end, paymentEnd: pack.periods.payment.end }];
  });
}

/**
 * An act done for the person by someone else: a relative (their name) or the office (byOffice; the
 * staff number where the office acted at a counter, as on a counter's receipt).
 */
export type ActOnMyBehalf = { at: Date; action: string; actorName: string; staffNumber: string | null; reference: string | null; byOffice: boolean };

/** What a consent covers and until when (docs/decisions/0014), as both sides see it. */
export type ConsentTermsView = { scope: "registration"; coverageYear: number; endsOn: string };

export type MyConsents = {
  pending: ({ id: string; agentName: string; relation: string; requestedOn: string } & ConsentTermsView)[];
  active: ({ id: string; agentName: string; relation: string; since: string } & ConsentTermsView)[];
  /** The agent's side: consents others gave me (live ones, and ones that ended or were withdrawn in the last year). */
  held: ({ id: string; principalName: string; relation: string; status: "active" | "ended" | "withdrawn" } & ConsentTermsView)[];
  acts: ActOnMyBehalf[];
};

const termsOf = (d: typeof delegation.$inferSelect): ConsentTermsView => ({ scope: d.scope, coverageYear: d.coverageYear, endsOn: d.endsOn });

/** The relative's side: requests waiting for them, who may act for them, and every act done on their behalf; and whom they may act for. */
export async function loadMyConsents(db: DbOrTx, principal: Actor, today: string): Promise<MyConsents> {
  const consents = await db
    .select({ d: delegation, agentName: registryPerson.name })
    .from(delegation)
    .innerJoin(registryPerson, eq(registryPerson.id, delegation.agentPersonId))
    .where(and(eq(delegation.principalPersonId, principal.personId), inArray(delegation.status, ["pending", "active"]), gte(delegation.endsOn, today)))
    .orderBy(desc(delegation.createdAt));
  const held = await db
    .select({ d: delegation, principalName: registryPerson.name })
    .from(delegation)
    .innerJoin(registryPerson, eq(registryPerson.id, delegation.principalPersonId))
    .where(and(eq(delegation.agentPersonId, principal.personId), inArray(delegation.status, ["active", "withdrawn"]), gte(delegation.endsOn, yearBefore(today))))
    .orderBy(desc(delegation.createdAt));
  const events = await db
    .select()
    .from(auditEvent)
    // A relative's acts come from their own account; the office's (at the counter, in the console) name a staff member.
    .where(and(eq(auditEvent.personId, principal.personId), or(ne(auditEvent.accountId, principal.accountId), isNotNull(auditEvent.staffId))))
    .orderBy(desc(auditEvent.id))
    .limit(100);
  const actorIds = [...new Set(events.map((e) => String(e.detail.actorPersonId ?? "")).filter(Boolean))];
  const actors = actorIds.length ? await db.select({ id: registryPerson.id, name: registryPerson.name }).from(registryPerson).where(inArray(registryPerson.id, actorIds)) : [];
  return {
    pending: consents
      .filter((c) => c.d.status === "pending")
      .map((c) => ({ id: c.d.id, agentName: c.agentName, relation: c.d.relation, requestedOn: shanghaiDay(c.d.createdAt), ...termsOf(c.d) })),
    active: consents
      .filter((c) => c.d.status === "active")
      .map((c) => ({ id: c.d.id, agentName: c.agentName, relation: c.d.relation, since: shanghaiDay(c.d.decidedAt ?? c.d.createdAt), ...termsOf(c.d) })),
    held: held.map((h) => ({
      id: h.d.id,
      principalName: h.principalName,
      relation: h.d.relation,
      status: h.d.status === "withdrawn" ? ("withdrawn" as const) : h.d.endsOn < today ? ("ended" as const) : ("active" as const),
      ...termsOf(h.d),
    })),
    acts: events
      .filter((e) => (e.outcome === "success" || e.action === "registration.refused") && e.action !== "real-name.announced")
      .map((e) => ({
        at: e.at,
        action: e.action,
        actorName: actors.find((a) => a.id === e.detail.actorPersonId)?.name ?? "",
        staffNumber: e.staffId && typeof e.detail.staffRef === "string" ? e.detail.staffRef : null,
        reference: typeof e.detail.reference === "string" ? e.detail.reference : null,
        byOffice: e.staffId !== null,
      })),
  };
}

