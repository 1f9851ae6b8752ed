"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { outboxSms } from "@/lib/auth/sms";
import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { consentCodeSchema, correctionSchema, ENROLLMENT_MAX_LENGTH, relativeSchema, type EnrollmentErrorKey } from "@/lib/forms/enrollment";
import type { FormState } from "@/lib/forms/form-state";
import { formAction, noFields } from "@/lib/web/form-action";
import { requireActor } from "@/lib/web/require-actor";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { confirmConsent, requestConsent } from "@/lib/services/enrollment/consent";
import { requestCorrection } from "@/lib/services/enrollment/corrections";
import { loadDraft, saveRegistrationStep, startRegistration, submitRegistration } from "@/lib/services/enrollment/registration";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);
type ErrorKey = EnrollmentErrorKey | "codeWrong" | "codeLocked" | "codeExpired" | "codeUsed" | "consentStale" | "notMatched" | "minor" | "self" | "rateLimited" | "permitMismatch" | "parentPermitMismatch";

async function translator(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "enrollment.errors" });
  return (key: ErrorKey, values?: Record<string, number>) => t(key, values as never);
}

const options = (locale: Locale) => ({ locale, messages: translator, maxLength: ENROLLMENT_MAX_LENGTH });
const plain = (locale: Locale) => ({ locale, maxLength: ENROLLMENT_MAX_LENGTH });

/** The plain forms' fields: the use case checks what they hold. */
const personForm = z.object({ person: z.string() });
const chosenPersonForm = z.object({ person: z.string().min(1) });
const detailsForm = z.object({ contactPhone: z.string(), permitNumber: z.string(), parentPermitNumber: z.string() });
/** Step 0: who. A plain form: the answer is a redirect (the error, if any, in the query). */
export async function choosePersonAction(localeParam: string, data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  await formAction(
    chosenPersonForm,
    async ({ person }) => {
      if (person === "relative") return redirect({ href: "/register/relative", locale });
      const started = await startRegistration(await getDb(), actor, person, now(), today());
      if (!started.ok) return redirect({ href: `/register?error=${started.reason === "consent-required" ? "consentWithdrawn" : "noRight"}`, locale });
      return redirect({ href: "/register/facts", locale });
    },
    { ...plain(locale), invalid: () => redirect({ href: "/register?error=personRequired", locale }) },
  )(data);
}

/** Step 1: the registry's facts read; on to the contact details. */
export async function confirmFactsAction(localeParam: string, data?: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  await formAction(
    noFields,
    async () => {
      const saved = await saveRegistrationStep(await getDb(), actor, "facts", {}, now(), today());
      return redirect({ href: saved.ok ? "/register/details" : "/register/facts", locale });
    },
    plain(locale),
  )(data);
}

/** Step 2: contact phone and what the route needs. */
export async function detailsAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  return formAction(
    detailsForm,
    async (_parsed, { values, t }) => {
      const saved = await saveRegistrationStep(await getDb(), actor, "details", values, now(), today());
      if (saved.ok) return redirect({ href: "/register/check", locale });
      if ("errors" in saved) return { errors: saved.errors.map((e) => ({ field: e.field, message: t(e.key) })), values };
      return redirect({ href: saved.reason === "no-draft" ? "/register" : "/register/facts", locale });
    },
    options(locale),
  )(data);
}

/** Step 3: submit. */
export async function submitAction(localeParam: string, data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  await formAction(
    personForm,
    async ({ person }) => {
      const result = await submitRegistration(await getDb(), actor, person, now(), today());
      if (result.ok) return redirect({ href: `/register/done?ref=${result.reference}`, locale });
      if (result.reason === "already-registered") return redirect({ href: `/register/check?already=${result.reference}`, locale });
      if (result.reason === "incomplete") return redirect({ href: "/register/details", locale });
      if (result.reason === "no-draft") return redirect({ href: "/register", locale });
      return redirect({ href: "/register/facts", locale });
    },
    plain(locale),
  )(data);
}

/** "This is wrong": recorded, then back to the facts. */
export async function correctionAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  return formAction(
    correctionSchema,
    async (_parsed, { values, t }) => {
      const db = await getDb();
      const draft = await loadDraft(db, actor.accountId);
      if (!draft) return redirect({ href: "/register", locale });
      const result = await requestCorrection(db, actor, draft.personId, values, now(), today());
      if (!result.ok && "errors" in result) return { errors: result.errors.map((e) => ({ field: e.field, message: t(e.key as ErrorKey) })), values };
      return redirect({ href: "/register/facts?corrected=1", locale });
    },
    options(locale),
  )(data);
}

/** An adult relative: ask for consent (a code to their registered phone). */
export async function relativeAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  return formAction(
    relativeSchema,
    async (_parsed, { values, t, error }) => {
      const db = await getDb();
      const asked = await requestConsent(db, outboxSms, actor, values, now(), today());
      if (!asked.ok) {
        const key = ({ "not-matched": "notMatched", minor: "minor", self: "self", "rate-limited": "rateLimited" } as const)[asked.reason];
        return error(asked.reason === "minor" || asked.reason === "self" ? "idNumber" : "name", t(key));
      }
      if ("alreadyActive" in asked) {
        await startRegistration(db, actor, asked.personId, now(), today());
        return redirect({ href: "/register/facts", locale });
      }
      return redirect({ href: `/register/consent?request=${asked.delegationId}${asked.phoneMasked ? "" : "&noPhone=1"}`, locale });
    },
    options(locale),
  )(data);
}

/** The code the relative read out: consent given, the registration starts. */
export async function consentCodeAction(localeParam: string, delegationId: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  return formAction(
    consentCodeSchema,
    async (_parsed, { values, t, error }) => {
      const db = await getDb();
      const result = await confirmConsent(db, actor, { delegationId, code: values.code }, now());
      if (!result.ok) {
        const message =
          result.reason === "wrong-code"
            ? t("codeWrong", { attemptsLeft: result.attemptsLeft })
            : t(({ "code-invalid": "codeFormat", expired: "codeExpired", locked: "codeLocked", used: "codeUsed", closed: "consentStale", unknown: "consentStale" } as const)[result.reason]);
        return error("code", message);
      }
      await startRegistration(db, actor, result.personId, now(), today());
      return redirect({ href: "/register/facts", locale });
    },
    options(locale),
  )(data);
}
