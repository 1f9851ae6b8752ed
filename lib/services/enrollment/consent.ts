import { and, eq, gt, gte, inArray, lt, or } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { CODE_POLICIES, countTry, issueCode, judgeTry, readCode, whyNotCounted } from "@/lib/auth/one-time-code";
import { hit } from "@/lib/auth/rate-limit";
import { serverKey } from "@/lib/auth/secret";
import type { SmsSender } from "@/lib/auth/sms";
import { delegation, registryPerson, registryRelation } from "@/lib/db/schema";
import type { Db, DbOrTx } from "@/lib/db/types";
import { ageOn } from "@/lib/identity/age";
import { idNumberProblem, normalizeIdNumber } from "@/lib/identity/id-number";
import { namesMatch } from "@/lib/identity/name";
import { maskPhone } from "@/lib/identity/phone";
import { ADULT_AGE, type Actor } from "../people/right-to-act";
import { isUuid, violates } from "@/lib/db/driver";
import { packForRegion } from "@/lib/rules";
import { regionOf } from "./registry-facts";

/** Issue 7: an in-app request stays open a week (the code's numbers are CODE_POLICIES.consent). */
export const CONSENT_POLICY = { inAppDays: 7 } as const;

/** What a consent covers and until when (docs/decisions/0014): 参保登记 for one coverage year and the payment of its notice, to that year's end. */
export type ConsentTerms = { scope: "registration"; coverageYear: number; endsOn: string };

/** The terms of a consent asked today for a person of this region: the year they register for, ending on its last day of cover. */
export function consentTermsFor(region: string, today: string): ConsentTerms | null {
  const pack = packForRegion(region, today);
  return pack ? { scope: "registration", coverageYear: pack.coverageYear, endsOn: pack.periods.coverage.value.end } : null;
}

const chineseDate = (day: string) => `${Number(day.slice(0, 4))}年${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;

export function consentCodeText(agentName: string, code: string, minutes: number, terms: ConsentTerms): string {
  return `【城乡居民医保】${agentName}申请代您办理${terms.coverageYear}年度城乡居民医保参保登记及该登记的缴费，授权至${chineseDate(terms.endsOn)}止，可随时撤回。如您同意，请将验证码${code}告诉对方，${minutes}分钟内有效。也可登录本平台在“我的”中同意或拒绝。`;
}

export type RequestConsentResult =
  | { ok: true; delegationId: string; phoneMasked: string | null; alreadyPending?: true }
  | { ok: true; alreadyActive: true; personId: string }
  | { ok: false; reason: "not-matched" | "minor" | "self" | "rate-limited" };

/**
 * Asks an adult relative for consent: the agent names them (name, ID number, relationship); the
 * registry must know them as that relative. A code goes to the relative's registered phone, and
 * the request shows on the relative's own 我的 page. Whether the ID number exists is not revealed:
 * any mismatch reads the same.
 */
export async function requestConsent(
  db: Db,
  sms: SmsSender,
  actor: Actor,
  relative: { name: string; idNumber: string; relation: string },
  at: Date,
  today: string,
): Promise<RequestConsentResult> {
  const idNumber = normalizeIdNumber(relative.idNumber);
  if (idNumberProblem(idNumber)) return { ok: false, reason: "not-matched" };
  const key = await serverKey(db);
  let pair: { principalPersonId: string; phone: string | null; coverageYear: number } | undefined;
  try {
    return await askOnce(db, sms, key, actor, relative, idNumber, at, today, (found) => (pair = found));
  } catch (error) {
    // Issue 13: a request submitted twice at once. The one-open-per-pair index lets one in; the
    // other is answered with that request (its code already went out), not a second one or a 500.
    if (!pair || !violates(error, "delegation_one_open_per_pair")) throw error;
    const [open] = await db
      .select({ id: delegation.id, status: delegation.status })
      .from(delegation)
      .where(
        and(
          eq(delegation.principalPersonId, pair.principalPersonId),
          eq(delegation.agentPersonId, actor.personId),
          eq(delegation.coverageYear, pair.coverageYear),
          inArray(delegation.status, ["pending", "active"]),
        ),
      );
    if (open?.status === "active") return { ok: true, alreadyActive: true, personId: pair.principalPersonId };
    if (!open) throw error;
    return { ok: true, delegationId: open.id, phoneMasked: pair.phone ? maskPhone(pair.phone) : null, alreadyPending: true };
  }
}

async function askOnce(
  db: Db,
  sms: SmsSender,
  key: Buffer,
  actor: Actor,
  relative: { name: string; relation: string },
  idNumber: string,
  at: Date,
  today: string,
  matched: (pair: { principalPersonId: string; phone: string | null; coverageYear: number }) => void,
): Promise<RequestConsentResult> {
  return db.transaction(async (tx) => {
    const limit = await hit(tx, `consent:agent:${actor.accountId}`, CODE_POLICIES.consent.limits.requestsPerAgent, at);
    if (!limit.allowed) return { ok: false, reason: "rate-limited" };
    // Issue 13: the same queries whether or not the ID number exists, so that neither the answer nor
    // its time tells a stranger (no relation, so always "not-matched") that the number is someone's.
    const [person] = await tx.select().from(registryPerson).where(eq(registryPerson.idNumber, idNumber));
    const [agent] = await tx.select({ name: registryPerson.name }).from(registryPerson).where(eq(registryPerson.id, actor.personId));
    const [related] = await tx
      .select({ relation: registryRelation.relation })
      .from(registryRelation)
      .where(and(eq(registryRelation.personId, actor.personId), eq(registryRelation.relativeId, person?.id ?? "")));
    const region = await regionOf(tx, person?.id ?? "");
    if (!agent) return { ok: false, reason: "not-matched" };
    if (person?.id === actor.personId) return { ok: false, reason: "self" };
    const terms = consentTermsFor(region ?? "", today);
    if (!person || !namesMatch(person.name, relative.name) || related?.relation !== relative.relation || !terms) {
      await appendAudit(tx, at, { action: "consent.requested", outcome: "refused", accountId: actor.accountId, detail: { reason: "not-matched" } });
      return { ok: false, reason: "not-matched" };
    }
    if (ageOn(person.birthDate, today) < ADULT_AGE) return { ok: false, reason: "minor" };
    const pairOfYear = and(eq(delegation.principalPersonId, person.id), eq(delegation.agentPersonId, actor.personId), eq(delegation.coverageYear, terms.coverageYear));
    const [active] = await tx
      .select({ id: delegation.id })
      .from(delegation)
      .where(and(pairOfYear, eq(delegation.status, "active"), gte(delegation.endsOn, today)));
    if (active) return { ok: true, alreadyActive: true, personId: person.id };
    matched({ principalPersonId: person.id, phone: person.phone, coverageYear: terms.coverageYear });

    // The same request again within a minute (a double submit): the one already pending, no second code.
    const resentSince = new Date(at.getTime() - CODE_POLICIES.consent.resendSeconds * 1000);
    const [fresh] = await tx
      .select({ id: delegation.id })
      .from(delegation)
      .where(and(pairOfYear, eq(delegation.agentAccountId, actor.accountId), eq(delegation.status, "pending"), gt(delegation.createdAt, resentSince)));
    if (fresh) return { ok: true, delegationId: fresh.id, phoneMasked: person.phone ? maskPhone(person.phone) : null, alreadyPending: true };

    // A new request replaces an earlier one still pending, and closes one that has ended.
    await tx
      .update(delegation)
      .set({ status: "expired", decidedAt: at, codeHash: null })
      .where(and(pairOfYear, or(eq(delegation.status, "pending"), and(eq(delegation.status, "active"), lt(delegation.endsOn, today)))));
    const id = crypto.randomUUID();
    const issued = issueCode(key, "consent", id, at);
    await tx.insert(delegation).values({
      id,
      principalPersonId: person.id,
      agentPersonId: actor.personId,
      agentAccountId: actor.accountId,
      relation: related.relation,
      status: "pending",
      ...terms,
      codeHash: person.phone ? issued.codeHash : null,
      codeExpiresAt: person.phone ? issued.expiresAt : null,
      createdAt: at,
    });
    if (person.phone) await sms.send(tx, { phone: person.phone, text: consentCodeText(agent.name, issued.code, issued.validMinutes, terms) }, at);
    await appendAudit(tx, at, {
      action: "consent.requested",
      outcome: "success",
      accountId: actor.accountId,
      personId: person.id,
      detail: { actorPersonId: actor.personId, delegationId: id, relation: related.relation, codeSent: Boolean(person.phone), ...terms },
    });
    return { ok: true, delegationId: id, phoneMasked: person.phone ? maskPhone(person.phone) : null };
  });
}

export type ConfirmConsentResult =
  | { ok: true; personId: string }
  | { ok: false; reason: "code-invalid" | "expired" | "locked" | "used" | "closed" | "unknown" }
  | { ok: false; reason: "wrong-code"; attemptsLeft: number };

/** The agent enters the code the relative read out: each try counted by one conditional update. */
export async function confirmConsent(db: Db, actor: Actor, input: { delegationId: string; code: string }, at: Date): Promise<ConfirmConsentResult> {
  const code = readCode("consent", input.code);
  if (code === null) return { ok: false, reason: "code-invalid" };
  if (!isUuid(input.delegationId)) return { ok: false, reason: "unknown" };
  const key = await serverKey(db);
  return db.transaction(async (tx) => {
    const tries = countTry("consent", { expiresAt: delegation.codeExpiresAt, attempts: delegation.attempts }, at);
    const [tried] = await tx
      .update(delegation)
      .set({ attempts: tries.attempts })
      .where(and(eq(delegation.id, input.delegationId), eq(delegation.agentAccountId, actor.accountId), eq(delegation.status, "pending"), tries.allowed))
      .returning();
    if (!tried) return { ok: false, reason: await whyNotLive(tx, actor, input.delegationId, at) };
    const verdict = judgeTry(key, "consent", tried.id, code, tried);
    if (!verdict.ok) {
      await appendAudit(tx, at, {
        action: "consent.code-failure",
        outcome: verdict.reason === "locked" ? "locked" : "failure",
        accountId: actor.accountId,
        personId: tried.principalPersonId,
        detail: { actorPersonId: actor.personId, delegationId: tried.id, attempt: tried.attempts },
      });
      return verdict;
    }
    await tx
      .update(delegation)
      .set({ status: "active", method: "sms-code", decidedAt: at, codeHash: null })
      .where(and(eq(delegation.id, tried.id), eq(delegation.status, "pending")));
    await appendAudit(tx, at, {
      action: "consent.confirmed",
      outcome: "success",
      accountId: actor.accountId,
      personId: tried.principalPersonId,
      detail: { actorPersonId: actor.personId, delegationId: tried.id, method: "sms-code" },
    });
    return { ok: true, personId: tried.principalPersonId };
  });
}

async function whyNotLive(db: DbOrTx, actor: Actor, delegationId: string, at: Date): Promise<"expired" | "locked" | "used" | "closed" | "unknown"> {
  const [row] = await db.select().from(delegation).where(and(eq(delegation.id, delegationId), eq(delegation.agentAccountId, actor.accountId)));
  if (!row) return "unknown";
  if (row.status === "active") return "used";
  if (row.status !== "pending") return "closed"; // refused or withdrawn by the relative, or replaced by a newer request
  return whyNotCounted("consent", { attempts: row.attempts, expiresAt: row.codeExpiresAt }, at) ?? "unknown";
}

export type DecideResult = { ok: true } | { ok: false; reason: "not-found" };

/** The relative, signed in as themselves: approve or refuse a pending request, or withdraw a consent. */
export async function decideConsent(
  db: Db,
  principal: Actor,
  input: { delegationId: string; decision: "approve" | "refuse" | "withdraw" },
  at: Date,
): Promise<DecideResult> {
  if (!isUuid(input.delegationId)) return { ok: false, reason: "not-found" };
  const from = input.decision === "withdraw" ? (["active", "pending"] as const) : (["pending"] as const);
  const openSince = new Date(at.getTime() - CONSENT_POLICY.inAppDays * 86_400_000);
  return db.transaction(async (tx) => {
    const set =
      input.decision === "approve"
        ? { status: "active" as const, method: "in-app" as const, decidedAt: at, codeHash: null }
        : input.decision === "refuse"
          ? { status: "refused" as const, decidedAt: at, codeHash: null }
          : { status: "withdrawn" as const, withdrawnAt: at, codeHash: null };
    const [changed] = await tx
      .update(delegation)
      .set(set)
      .where(
        and(
          eq(delegation.id, input.delegationId),
          eq(delegation.principalPersonId, principal.personId),
          inArray(delegation.status, [...from]),
          input.decision === "withdraw" ? undefined : gt(delegation.createdAt, openSince),
        ),
      )
      .returning({ id: delegation.id, agentPersonId: delegation.agentPersonId });
    if (!changed) return { ok: false, reason: "not-found" };
    await appendAudit(tx, at, {
      action: input.decision === "approve" ? "consent.approved" : input.decision === "refuse" ? "consent.refused" : "consent.withdrawn",
      outcome: "success",
      accountId: principal.accountId,
      personId: principal.personId,
      detail: { delegationId: changed.id, agentPersonId: changed.agentPersonId },
    });
    return { ok: true };
  });
}


/** The relative's registered phone for the agent's own pending request (masked on the page), or undefined when it is not theirs. */
export async function consentRequestPhone(db: DbOrTx, actor: Actor, delegationId: string): Promise<{ phone: string | null } | undefined> {
  if (!isUuid(delegationId)) return undefined;
  const [row] = await db
    .select({ phone: registryPerson.phone })
    .from(delegation)
    .innerJoin(registryPerson, eq(registryPerson.id, delegation.principalPersonId))
    .where(and(eq(delegation.id, delegationId), eq(delegation.agentAccountId, actor.accountId)));
  return row;
}
