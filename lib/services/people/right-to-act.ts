import { and, eq, gte, inArray } from "drizzle-orm";
import { delegation, registryPerson, registryRelation, type DELEGATION_SCOPES } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { ageOn } from "@/lib/identity/age";

/** Adulthood (民法典 第十七条): 18 周岁. */
export const ADULT_AGE = 18;

export type Actor = { accountId: string; personId: string };

/**
 * What an act is about: its coverage year, and whether it is 参保登记 (a registration, its notice and its
 * payment) or something else (a renewal notice without registration). Delegated consent covers only
 * its scope for its coverage year (docs/decisions/0014); self and guardian cover everything.
 */
export type Purpose = { coverageYear: number; subject: "registration" | "renewal" };

/** 参保登记 (a registration, its notice, its payment) for a coverage year. */
export const registrationFor = (coverageYear: number): Purpose => ({ coverageYear, subject: "registration" });

/** What a payment notice is about: its registration's year, or a renewal without registration. */
export const noticePurpose = (notice: { coverageYear: number; enrollmentId: string | null }): Purpose => ({
  coverageYear: notice.coverageYear,
  subject: notice.enrollmentId ? "registration" : "renewal",
});

export type Right =
  | { ok: true; actingAs: "self" }
  | { ok: true; actingAs: "guardian" }
  | { ok: true; actingAs: "delegate"; delegationId: string }
  | { ok: false; reason: "no-person" | "not-related" | "consent-required" };

type Scope = (typeof DELEGATION_SCOPES)[number];
const SCOPE_SUBJECTS: Record<Scope, readonly Purpose["subject"][]> = { registration: ["registration"] };

/** Does a consent of this scope and year cover the purpose? */
export function consentCovers(consent: { scope: Scope; coverageYear: number }, purpose: Purpose): boolean {
  return consent.coverageYear === purpose.coverageYear && SCOPE_SUBJECTS[consent.scope].includes(purpose.subject);
}

/** Active consents the agent holds that have not ended by `today` (ends_on is the last day of use). */
function liveConsents(agentPersonId: string, today: string) {
  return and(eq(delegation.agentPersonId, agentPersonId), eq(delegation.status, "active"), gte(delegation.endsOn, today));
}

/**
 * May the actor act for the person, for this purpose? Themselves; a minor child in the same registry
 * household (the guardian); an adult relative whose consent is active, has not ended and covers it.
 * Use cases that must not act after a withdrawal committed meanwhile pass `lock` (issue 13): the
 * consent row is then read FOR UPDATE, so a concurrent withdrawal waits for the act or the act for it.
 */
export async function rightToAct(db: DbOrTx, actor: Actor, personId: string, today: string, purpose: Purpose, lock = false): Promise<Right> {
  if (personId === actor.personId) return { ok: true, actingAs: "self" };
  const people = await db
    .select({ id: registryPerson.id, householdId: registryPerson.householdId, birthDate: registryPerson.birthDate })
    .from(registryPerson)
    .where(inArray(registryPerson.id, [actor.personId, personId]));
  const me = people.find((p) => p.id === actor.personId);
  const them = people.find((p) => p.id === personId);
  if (!me || !them) return { ok: false, reason: "no-person" };
  if (ageOn(them.birthDate, today) < ADULT_AGE) {
    if (them.householdId !== me.householdId) return { ok: false, reason: "not-related" };
    const [child] = await db
      .select({ relation: registryRelation.relation })
      .from(registryRelation)
      .where(and(eq(registryRelation.personId, actor.personId), eq(registryRelation.relativeId, personId), eq(registryRelation.relation, "child")));
    return child ? { ok: true, actingAs: "guardian" } : { ok: false, reason: "not-related" };
  }
  const query = db
    .select({ id: delegation.id, scope: delegation.scope, coverageYear: delegation.coverageYear })
    .from(delegation)
    .where(and(eq(delegation.principalPersonId, personId), eq(delegation.coverageYear, purpose.coverageYear), liveConsents(actor.personId, today)));
  const consents = lock ? await query.for("update") : await query;
  const consent = consents.find((c) => consentCovers(c, purpose));
  return consent ? { ok: true, actingAs: "delegate", delegationId: consent.id } : { ok: false, reason: "consent-required" };
}

export type Actable = { personId: string; actingAs: "self" | "guardian" | "delegate"; covers: (purpose: Purpose) => boolean };

/** Everyone the actor may act for today: themselves, their minor children in the household, adults whose live consent covers something. */
export async function peopleIMayActFor(db: DbOrTx, actor: Actor, today: string): Promise<Actable[]> {
  const [me] = await db.select({ householdId: registryPerson.householdId }).from(registryPerson).where(eq(registryPerson.id, actor.personId));
  if (!me) return [];
  const children = await db
    .select({ id: registryPerson.id, birthDate: registryPerson.birthDate, householdId: registryPerson.householdId })
    .from(registryRelation)
    .innerJoin(registryPerson, eq(registryPerson.id, registryRelation.relativeId))
    .where(and(eq(registryRelation.personId, actor.personId), eq(registryRelation.relation, "child")));
  const consents = await db
    .select({ personId: delegation.principalPersonId, scope: delegation.scope, coverageYear: delegation.coverageYear })
    .from(delegation)
    .where(liveConsents(actor.personId, today));
  const everything = () => true;
  const principals = [...new Set(consents.map((c) => c.personId))];
  return [
    { personId: actor.personId, actingAs: "self" as const, covers: everything },
    ...children
      .filter((child) => child.householdId === me.householdId && ageOn(child.birthDate, today) < ADULT_AGE)
      .map((child) => ({ personId: child.id, actingAs: "guardian" as const, covers: everything })),
    ...principals.map((personId) => ({
      personId,
      actingAs: "delegate" as const,
      covers: (purpose: Purpose) => consents.some((c) => c.personId === personId && consentCovers(c, purpose)),
    })),
  ];
}
