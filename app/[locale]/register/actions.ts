"use server";

import { getTranslations } from "next-intl/server";
import type { ServerFormState } from "@/components/form/server-form";
import { outboxSms } from "@/lib/auth/sms";
import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { consentCodeSchema, correctionSchema, formStrings, relativeSchema, type EnrollmentErrorKey } from "@/lib/forms/enrollment";
import { requireActor } from "@/lib/web/require-actor";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { confirmConsent, requestConsent } from "@/lib/services/enrollment/consent";
import { requestCorrection } from "@/lib/services/enrollment/corrections";
import { loadDraft, saveRegistrationStep, startRegistration, submitRegistration } from "@/lib/services/enrollment/registration";
import type { $ZodError } from "zod/v4/core";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);
type ErrorKey = EnrollmentErrorKey | "codeWrong" | "codeLocked" | "codeExpired" | "codeUsed" | "consentStale" | "notMatched" | "minor" | "self" | "rateLimited" | "permitMismatch" | "parentPermitMismatch";

async function translator(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "enrollment.errors" });
  return (key: ErrorKey, values?: Record<string, number>) => t(key, values as never);
}

function schemaErrors(error: $ZodError, t: (key: ErrorKey) => string) {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: t(issue.message as ErrorKey) }];
  });
}

/** Step 0: who. A plain form: the answer is a redirect (the error, if any, in the query). */
export async function choosePersonAction(localeParam: string, data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  const person = formStrings(data, ["person"]).person;
  if (person === "") return redirect({ href: "/register?error=personRequired", locale });
  if (person === "relative") return redirect({ href: "/register/relative", locale });
  const started = await startRegistration(await getDb(), actor, person, now(), today());
  if (!started.ok) return redirect({ href: `/register?error=${started.reason === "consent-required" ? "consentWithdrawn" : "noRight"}`, locale });
  return redirect({ href: "/register/facts", locale });
}

/** Step 1: the registry's facts read; on to the contact details. */
export async function confirmFactsAction(localeParam: string): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  const saved = await saveRegistrationStep(await getDb(), actor, "facts", {}, now(), today());
  return redirect({ href: saved.ok ? "/register/details" : "/register/facts", locale });
}

/** Step 2: contact phone and what the route needs. */
export async function detailsAction(localeParam: string, _state: ServerFormState, data: FormData): Promise<ServerFormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  const values = formStrings(data, ["contactPhone", "permitNumber", "parentPermitNumber"]);
  const t = await translator(locale);
  const saved = await saveRegistrationStep(await getDb(), actor, "details", values, now(), today());
  if (saved.ok) return redirect({ href: "/register/check", locale });
  if ("errors" in saved) return { errors: saved.errors.map((e) => ({ field: e.field, message: t(e.key) })), values };
  return redirect({ href: saved.reason === "no-draft" ? "/register" : "/register/facts", locale });
}

/** Step 3: submit. */
export async function submitAction(localeParam: string, data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  const person = formStrings(data, ["person"]).person;
  const result = await submitRegistration(await getDb(), actor, person, now(), today());
  if (result.ok) return redirect({ href: `/register/done?ref=${result.reference}`, locale });
  if (result.reason === "already-registered") return redirect({ href: `/register/check?already=${result.reference}`, locale });
  if (result.reason === "incomplete") return redirect({ href: "/register/details", locale });
  if (result.reason === "no-draft") return redirect({ href: "/register", locale });
  return redirect({ href: "/register/facts", locale });
}

/** "This is wrong": recorded, then back to the facts. */
export async function correctionAction(localeParam: string, _state: ServerFormState, data: FormData): Promise<ServerFormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  const values = formStrings(data, ["fact", "note"]);
  const t = await translator(locale);
  const parsed = correctionSchema.safeParse(values);
  if (!parsed.success) return { errors: schemaErrors(parsed.error, t), values };
  const db = await getDb();
  const draft = await loadDraft(db, actor.accountId);
  if (!draft) return redirect({ href: "/register", locale });
  const result = await requestCorrection(db, actor, draft.personId, values, now(), today());
  if (!result.ok && "errors" in result) return { errors: result.errors.map((e) => ({ field: e.field, message: t(e.key as ErrorKey) })), values };
  return redirect({ href: "/register/facts?corrected=1", locale });
}

/** An adult relative: ask for consent (a code to their registered phone). */
export async function relativeAction(localeParam: string, _state: ServerFormState, data: FormData): Promise<ServerFormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  const values = formStrings(data, ["name", "idNumber", "relation"]);
  const t = await translator(locale);
  const parsed = relativeSchema.safeParse(values);
  if (!parsed.success) return { errors: schemaErrors(parsed.error, t), values };
  const db = await getDb();
  const asked = await requestConsent(db, outboxSms, actor, values, now(), today());
  if (!asked.ok) {
    const key = ({ "not-matched": "notMatched", minor: "minor", self: "self", "rate-limited": "rateLimited" } as const)[asked.reason];
    return { errors: [{ field: asked.reason === "minor" || asked.reason === "self" ? "idNumber" : "name", message: t(key) }], values };
  }
  if ("alreadyActive" in asked) {
    await startRegistration(db, actor, asked.personId, now(), today());
    return redirect({ href: "/register/facts", locale });
  }
  return redirect({ href: `/register/consent?request=${asked.delegationId}${asked.phoneMasked ? "" : "&noPhone=1"}`, locale });
}

/** The code the relative read out: consent given, the registration starts. */
export async function consentCodeAction(localeParam: string, delegationId: string, _state: ServerFormState, data: FormData): Promise<ServerFormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  const values = formStrings(data, ["code"]);
  const t = await translator(locale);
  const parsed = consentCodeSchema.safeParse(values);
  if (!parsed.success) return { errors: schemaErrors(parsed.error, t), values };
  const db = await getDb();
  const result = await confirmConsent(db, actor, { delegationId, code: values.code }, now());
  if (!result.ok) {
    const message =
      result.reason === "wrong-code"
        ? t("codeWrong", { attemptsLeft: result.attemptsLeft })
        : t(({ "code-invalid": "codeFormat", expired: "codeExpired", locked: "codeLocked", used: "codeUsed", closed: "consentStale", unknown: "consentStale" } as const)[result.reason]);
    return { errors: [{ field: "code", message }], values };
  }
  await startRegistration(db, actor, result.personId, now(), today());
  return redirect({ href: "/register/facts", locale });
}
