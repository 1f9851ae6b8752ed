"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { outboxSms } from "@/lib/auth/sms";
import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { isUuid } from "@/lib/db/driver";
import { bindingCodeSchema, type FamilyErrorKey } from "@/lib/forms/family";
import { MAX_FIELD_LENGTH } from "@/lib/forms/form-data";
import type { FormState } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { isValidNoticeNumber, normalizeNoticeNumber } from "@/lib/numbers/notice-number";
import { confirmBindingByCode, decideBinding, requestBinding } from "@/lib/services/family/bindings";
import { submitClaim } from "@/lib/services/family/claims";
import { payFromAccount } from "@/lib/services/family/pay";
import { formAction } from "@/lib/web/form-action";
import { requireActor } from "@/lib/web/require-actor";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);
const plain = (locale: Locale) => ({ locale, maxLength: MAX_FIELD_LENGTH });

async function translator(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "family.errors" });
  return (key: FamilyErrorKey, args?: Record<string, number>) => t(key, args as never);
}

const relativeForm = z.object({ relative: z.string().regex(/^[a-z0-9-]{1,40}$/) });
const bindingForm = z.object({ bindingId: z.string() });
const noticeForm = z.object({ bindingId: z.string().refine((id) => isUuid(id)), number: z.string().refine((number) => isValidNoticeNumber(number)) });

/** 申请绑定: one of my registry relatives; an adult confirms, a minor child in my household is bound at once. */
export async function requestBindingAction(localeParam: string, data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  await formAction(
    relativeForm,
    async ({ relative }) => {
      const result = await requestBinding(await getDb(), outboxSms, actor, relative, now(), today());
      if (!result.ok) return redirect({ href: `/family?error=${result.reason}`, locale });
      return redirect({ href: result.status === "active" ? `/family/${result.bindingId}?done=bound` : `/family/${result.bindingId}`, locale });
    },
    { ...plain(locale), invalid: () => redirect({ href: "/family?error=not-related", locale }) },
  )(data);
}

/** The code the relative read out: the binding becomes active. */
export async function bindingCodeAction(localeParam: string, bindingId: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  return formAction(
    bindingCodeSchema,
    async (_parsed, { values, t, error }) => {
      const result = await confirmBindingByCode(await getDb(), actor, { bindingId, code: values.code }, now());
      if (result.ok) return redirect({ href: `/family/${bindingId}?done=bound`, locale });
      const message =
        result.reason === "wrong-code"
          ? t("codeWrong", { attemptsLeft: result.attemptsLeft })
          : t(({ "code-invalid": "codeFormat", expired: "codeExpired", locked: "codeLocked", "not-found": "bindingGone" } as const)[result.reason]);
      return error("code", message);
    },
    { ...plain(locale), messages: translator },
  )(data);
}

/** 撤销 by the payer, after the confirmation step. */
export async function revokeBindingAction(localeParam: string, data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  await formAction(
    bindingForm,
    async ({ bindingId }) => {
      const result = await decideBinding(await getDb(), actor, { bindingId, decision: "revoke" }, now());
      return redirect({ href: `/family?done=${result.ok ? "revoked" : "gone"}`, locale });
    },
    plain(locale),
  )(data);
}

/** The relative, on their own 我的 page: approve or refuse a request, or end a binding. */
export async function decideForMeAction(localeParam: string, decision: "approve" | "refuse" | "revoke", data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  await formAction(
    bindingForm,
    async ({ bindingId }) => {
      await decideBinding(await getDb(), actor, { bindingId, decision }, now());
      return redirect({ href: "/me#family-for-me", locale });
    },
    plain(locale),
  )(data);
}

/** Pay a bound relative's notice from my 历年账户: all or nothing. */
export async function payFromAccountAction(localeParam: string, data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  await formAction(
    noticeForm,
    async ({ bindingId, number }) => {
      const noticeNumber = normalizeNoticeNumber(number);
      const result = await payFromAccount(await getDb(), actor, { bindingId, noticeNumber }, now(), today());
      if (result.ok) return redirect({ href: `/family/${bindingId}?paid=${result.noticeNumber}`, locale });
      return redirect({ href: `/family/${bindingId}/pay/${noticeNumber}?refused=${result.reason}`, locale });
    },
    { ...plain(locale), invalid: () => redirect({ href: "/family?done=gone", locale }) },
  )(data);
}

/** 代缴返还: claim back from the account what a bound relative paid, from the day it opens. */
export async function claimAction(localeParam: string, data: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireActor(locale);
  await formAction(
    noticeForm,
    async ({ bindingId, number }) => {
      const result = await submitClaim(await getDb(), actor, { bindingId, noticeNumber: normalizeNoticeNumber(number) }, now(), today());
      if (result.ok) return redirect({ href: `/family/${bindingId}?claimed=1`, locale });
      const opens = result.reason === "too-early" ? `&opens=${result.opensOn}` : "";
      return redirect({ href: `/family/${bindingId}?claim=${result.reason}${opens}`, locale });
    },
    { ...plain(locale), invalid: () => redirect({ href: "/family?done=gone", locale }) },
  )(data);
}
