import { and, eq, inArray } from "drizzle-orm";
import { delegation, registryPerson, registryRelation } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { ageOn } from "@/lib/identity/age";

/** Adulthood (民法典 第十七条): 18 周岁. */
export const ADULT_AGE = 18;

export type Actor = { accountId: string; personId: string };

export type Right =
  | { ok: true; actingAs: "self" }
  | { ok: true; actingAs: "guardian" }
  | { ok: true; actingAs: "delegate"; delegationId: string }
  | { ok: false; reason: "no-person" | "not-related" | "consent-required" };

/**
 * May the actor act for the person? Themselves; a minor child in the same registry household
 * (the guardian); an adult relative who has consented and not withdrawn it.
 */
export async function rightToAct(db: DbOrTx, actor: Actor, personId: string, today: string): Promise<Right> {
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
  const [consent] = await db
    .select({ id: delegation.id })
    .from(delegation)
    .where(and(eq(delegation.principalPersonId, personId), eq(delegation.agentPersonId, actor.personId), eq(delegation.status, "active")));
  return consent ? { ok: true, actingAs: "delegate", delegationId: consent.id } : { ok: false, reason: "consent-required" };
}

/** Everyone the actor may act for today: themselves, their minor children in the household, adults who consented. */
export async function peopleIMayActFor(db: DbOrTx, actor: Actor, today: string): Promise<{ personId: string; actingAs: "self" | "guardian" | "delegate" }[]> {
  const [me] = await db.select({ householdId: registryPerson.householdId }).from(registryPerson).where(eq(registryPerson.id, actor.personId));
  if (!me) return [];
  const children = await db
    .select({ id: registryPerson.id, birthDate: registryPerson.birthDate, householdId: registryPerson.householdId })
    .from(registryRelation)
    .innerJoin(registryPerson, eq(registryPerson.id, registryRelation.relativeId))
    .where(and(eq(registryRelation.personId, actor.personId), eq(registryRelation.relation, "child")));
  const consents = await db
    .select({ personId: delegation.principalPersonId })
    .from(delegation)
    .where(and(eq(delegation.agentPersonId, actor.personId), eq(delegation.status, "active")));
  return [
    { personId: actor.personId, actingAs: "self" as const },
    ...children
      .filter((child) => child.householdId === me.householdId && ageOn(child.birthDate, today) < ADULT_AGE)
      .map((child) => ({ personId: child.id, actingAs: "guardian" as const })),
    ...consents.map((c) => ({ personId: c.personId, actingAs: "delegate" as const })),
  ];
}
