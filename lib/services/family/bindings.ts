import { randomUUID } from "node:crypto";
import { and, eq, inArray, or } from "drizzle-orm";
import { appendAudit } from "@/lib/db/audit";
import { CODE_POLICIES, countTry, issueCode, judgeTry, readCode, whyNotCounted } from "@/lib/auth/one-time-code";
import { hit, type Limit, type Verdict } from "@/lib/auth/rate-limit";
import { reference, serverKey } from "@/lib/auth/secret";
import type { SmsSender } from "@/lib/auth/sms";
import { familyBinding, registryPerson } from "@/lib/db/schema";
import type { Db, Tx } from "@/lib/db/types";
import { ageOn } from "@/lib/identity/age";
import { maskPhone } from "@/lib/identity/phone";
import type { Reason } from "@/lib/rules";
import { ADULT_AGE, type Actor } from "../people/right-to-act";
import { isUuid, violates } from "@/lib/db/driver";
import { answerFor, payerStanding, relationOf } from "./payer-standing";

export function bindingCodeText(payerName: string, code: string, minutes: number): string {
  return `【城乡居民医保】${payerName}申请绑定家庭共济，用其职工医保个人账户为您缴纳居民医保费。如您同意，请将验证码${code}告诉对方，${minutes}分钟内有效。也可登录本平台在“家庭共济”中同意或拒绝。`;
}

export type RequestBindingResult =
  | { ok: true; bindingId: string; status: "pending"; phoneMasked: string | null }
  | { ok: true; bindingId: string; status: "active" }
  | { ok: false; reason: "not-related" | "already-bound" }
  | { ok: false; reason: "not-allowed"; refusals: Reason[] }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number };

const LIMITS = CODE_POLICIES["family-binding"].limits;

/** One hit in each of the key's windows; the first one over its limit answers. */
async function withinLimits(tx: Tx, key: string, limits: readonly Limit[], at: Date): Promise<Verdict> {
  for (const [index, limit] of limits.entries()) {
    const verdict = await hit(tx, `${key}:${index}`, limit, at);
    if (!verdict.allowed) return verdict;
  }
  return { allowed: true };
}

/**
 * The payer names one of their registry relatives; the rules must allow paying for them. An adult
 * relative confirms (a code to their phone, or on their own page); a minor child in the payer's
 * household is bound at once (the payer is the guardian). One transaction, audited on the relative.
 */
export async function requestBinding(db: Db, sms: SmsSender, actor: Actor, relativeId: string, at: Date, today: string): Promise<RequestBindingResult> {
  const key = await serverKey(db);
  try {
    return await db.transaction(async (tx): Promise<RequestBindingResult> => {
      const refuseLimited = async (limit: "payer" | "phone", retryAfterSeconds: number): Promise<RequestBindingResult> => {
        await appendAudit(tx, at, { action: "family.binding-requested", outcome: "refused", accountId: actor.accountId, personId: relativeId, detail: { actorPersonId: actor.personId, reason: "rate-limited", limit } });
        return { ok: false, reason: "rate-limited", retryAfterSeconds };
      };
      const byPayer = await withinLimits(tx, `family-binding:payer:${actor.personId}`, LIMITS.requestsPerPayer, at);
      if (!byPayer.allowed) return refuseLimited("payer", byPayer.retryAfterSeconds);
      const related = await relationOf(tx, actor.personId, relativeId);
      if (!related) return { ok: false, reason: "not-related" };
      const standing = await payerStanding(tx, actor.personId, today);
      const answer = answerFor(standing, related.relation, related.region);
      if (!answer.allowed || !standing.pack) {
        await appendAudit(tx, at, { action: "family.binding-requested", outcome: "refused", accountId: actor.accountId, personId: relativeId, detail: { actorPersonId: actor.personId } });
        return { ok: false, reason: "not-allowed", refusals: answer.allowed ? [] : answer.refusals };
      }
      const people = await tx.select().from(registryPerson).where(inArray(registryPerson.id, [actor.personId, relativeId]));
      const payer = people.find((p) => p.id === actor.personId)!;
      const relative = people.find((p) => p.id === relativeId)!;
      const guardian = ageOn(relative.birthDate, today) < ADULT_AGE && related.relation === "child" && relative.householdId === payer.householdId;
      const id = randomUUID();
      const issued = issueCode(key, "family-binding", id, at);
      const sendCode = !guardian && Boolean(relative.phone);
      if (sendCode && relative.phone) {
        const byPhone = await withinLimits(tx, `family-binding:phone:${reference(key, "phone", relative.phone)}`, LIMITS.codesPerRelativePhone, at);
        if (!byPhone.allowed) return refuseLimited("phone", byPhone.retryAfterSeconds);
      }
      await tx.insert(familyBinding).values({
        id,
        payerPersonId: actor.personId,
        payerAccountId: actor.accountId,
        beneficiaryPersonId: relativeId,
        relation: related.relation,
        packId: standing.pack.id,
        kind: answer.mode,
        status: guardian ? "active" : "pending",
        method: guardian ? "guardian" : null,
        decidedAt: guardian ? at : null,
        codeHash: sendCode ? issued.codeHash : null,
        codeExpiresAt: sendCode ? issued.expiresAt : null,
        createdAt: at,
      });
      if (sendCode && relative.phone) await sms.send(tx, { phone: relative.phone, text: bindingCodeText(payer.name, issued.code, issued.validMinutes) }, at);
      await appendAudit(tx, at, {
        action: guardian ? "family.binding-confirmed" : "family.binding-requested",
        outcome: "success",
        accountId: actor.accountId,
        personId: relativeId,
        detail: { actorPersonId: actor.personId, bindingId: id, relation: related.relation, packId: standing.pack.id, method: guardian ? "guardian" : null },
      });
      return guardian ? { ok: true, bindingId: id, status: "active" } : { ok: true, bindingId: id, status: "pending", phoneMasked: sendCode && relative.phone ? maskPhone(relative.phone) : null };
    });
  } catch (error) {
    if (violates(error, "family_binding_one_live")) return { ok: false, reason: "already-bound" };
    throw error;
  }
}

export type ConfirmBindingResult =
  | { ok: true }
  | { ok: false; reason: "code-invalid" | "expired" | "locked" | "not-found" }
  | { ok: false; reason: "wrong-code"; attemptsLeft: number };

/** The payer enters the code the relative read out: each try counted by one conditional update. */
export async function confirmBindingByCode(db: Db, actor: Actor, input: { bindingId: string; code: string }, at: Date): Promise<ConfirmBindingResult> {
  const code = readCode("family-binding", input.code);
  if (code === null) return { ok: false, reason: "code-invalid" };
  if (!isUuid(input.bindingId)) return { ok: false, reason: "not-found" };
  const key = await serverKey(db);
  return db.transaction(async (tx): Promise<ConfirmBindingResult> => {
    const tries = countTry("family-binding", { expiresAt: familyBinding.codeExpiresAt, attempts: familyBinding.attempts }, at);
    const [tried] = await tx
      .update(familyBinding)
      .set({ attempts: tries.attempts })
      .where(and(eq(familyBinding.id, input.bindingId), eq(familyBinding.payerPersonId, actor.personId), eq(familyBinding.status, "pending"), tries.allowed))
      .returning();
    if (!tried) {
      const [row] = await tx.select().from(familyBinding).where(and(eq(familyBinding.id, input.bindingId), eq(familyBinding.payerPersonId, actor.personId)));
      if (!row || row.status !== "pending") return { ok: false, reason: "not-found" };
      return { ok: false, reason: whyNotCounted("family-binding", { attempts: row.attempts, expiresAt: row.codeExpiresAt }, at) === "locked" ? "locked" : "expired" };
    }
    const verdict = judgeTry(key, "family-binding", tried.id, code, tried);
    if (!verdict.ok) {
      await appendAudit(tx, at, {
        action: "family.binding-code-failure",
        outcome: verdict.reason === "locked" ? "locked" : "failure",
        accountId: actor.accountId,
        personId: tried.beneficiaryPersonId,
        detail: { actorPersonId: actor.personId, bindingId: tried.id, attempt: tried.attempts },
      });
      return verdict;
    }
    await tx.update(familyBinding).set({ status: "active", method: "sms-code", decidedAt: at, codeHash: null }).where(eq(familyBinding.id, tried.id));
    await appendAudit(tx, at, {
      action: "family.binding-confirmed",
      outcome: "success",
      accountId: actor.accountId,
      personId: tried.beneficiaryPersonId,
      detail: { actorPersonId: actor.personId, bindingId: tried.id, method: "sms-code" },
    });
    return { ok: true };
  });
}

export type DecideBindingResult = { ok: true } | { ok: false; reason: "not-found" };

/**
 * The relative, signed in as themselves, approves or refuses a pending binding; the payer or the
 * relative ends a binding (撤销) that is pending or active. One conditional update, audited on the relative.
 */
export async function decideBinding(db: Db, actor: Actor, input: { bindingId: string; decision: "approve" | "refuse" | "revoke" }, at: Date): Promise<DecideBindingResult> {
  if (!isUuid(input.bindingId)) return { ok: false, reason: "not-found" };
  return db.transaction(async (tx): Promise<DecideBindingResult> => {
    const byRelative = eq(familyBinding.beneficiaryPersonId, actor.personId);
    const where =
      input.decision === "revoke"
        ? and(eq(familyBinding.id, input.bindingId), or(byRelative, eq(familyBinding.payerPersonId, actor.personId)), inArray(familyBinding.status, ["pending", "active"]))
        : and(eq(familyBinding.id, input.bindingId), byRelative, eq(familyBinding.status, "pending"));
    const set =
      input.decision === "approve"
        ? { status: "active" as const, method: "in-app" as const, decidedAt: at, codeHash: null }
        : input.decision === "refuse"
          ? { status: "refused" as const, decidedAt: at, codeHash: null }
          : { status: "revoked" as const, endedAt: at, endedByPersonId: actor.personId, codeHash: null };
    const [changed] = await tx.update(familyBinding).set(set).where(where).returning();
    if (!changed) return { ok: false, reason: "not-found" };
    await appendAudit(tx, at, {
      action: input.decision === "approve" ? "family.binding-confirmed" : input.decision === "refuse" ? "family.binding-refused" : "family.binding-revoked",
      outcome: "success",
      accountId: actor.accountId,
      personId: changed.beneficiaryPersonId,
      detail: { actorPersonId: actor.personId, bindingId: changed.id, payerPersonId: changed.payerPersonId, method: input.decision === "approve" ? "in-app" : null },
    });
    return { ok: true };
  });
}
