"use server";

import type { FormState } from "@/lib/forms/form-state";
import { MAX_FIELD_LENGTH } from "@/lib/forms/form-data";
import { enrolCodeSchema, newPasswordSchema, secondFactorSchema, staffSignInSchema } from "@/lib/forms/office";
import { clientAddress } from "@/lib/auth/request";
import type { CodeResult } from "@/lib/auth/staff/code-step";
import { acknowledgeRecoveryCodes, confirmEnrolment, setNewPassword } from "@/lib/auth/staff/enrolment";
import {
  clearPendingSignInCookie,
  pendingSignInToken,
  setPendingSignInCookie,
  setStaffSessionCookie,
  staffSessionToken,
} from "@/lib/auth/staff/request";
import { checkPassword, checkSecondFactor } from "@/lib/auth/staff/sign-in";
import type { StepDone } from "@/lib/auth/staff/steps";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { formAction, noFields } from "@/lib/web/form-action";
import { STAGE_PATHS } from "@/lib/web/staff-sign-in";
import { minutesFrom } from "../../sign-in/messages";
import { errorTranslator } from "./messages";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);
const options = (locale: Locale) => ({ locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH });

/** On to the next step's page, or — signed in — into the console. */
async function goOn(result: StepDone, locale: Locale): Promise<never> {
  if (result.next !== "done") return redirect({ href: STAGE_PATHS[result.next], locale });
  await clearPendingSignInCookie();
  await setStaffSessionCookie(result.sessionToken);
  return redirect({ href: "/office", locale });
}

/** A refused code: the message beside the field, or back to the start when this sign-in is over. */
function refusal<V extends FormState<{ code: string }>>(result: Exclude<CodeResult, StepDone>, t: Awaited<ReturnType<typeof errorTranslator>>, error: (field: string, message: string) => V, locale: Locale): V {
  switch (result.reason) {
    case "stale":
      return redirect({ href: "/office/sign-in?stale=1", locale });
    case "locked":
      return redirect({ href: `/office/sign-in?locked=${minutesFrom(result.retryAfterSeconds)}`, locale });
    case "disabled":
      return redirect({ href: "/office/sign-in?disabled=1", locale });
    case "code-invalid":
      return error("code", t("secondFactorFormat"));
    case "wrong-code":
      return error("code", t("codeWrong", { attemptsLeft: result.attemptsLeft }));
    case "used":
      return error("code", t("codeUsed", { attemptsLeft: result.attemptsLeft }));
    case "address-limit":
      return error("code", t("addressLimit", { minutes: minutesFrom(result.retryAfterSeconds) }));
  }
}

/** Step 1: staff number and password. */
export async function staffSignInAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  return formAction(
    staffSignInSchema,
    async (parsed, { t, error }) => {
      const result = await checkPassword(await getDb(), { staffNumber: parsed.staffNumber, password: parsed.password, clientAddress: await clientAddress() }, now());
      if (result.ok) {
        await setPendingSignInCookie(result.pendingToken);
        return redirect({ href: STAGE_PATHS[result.next], locale });
      }
      // The password is never sent back to the form.
      const keep = (message: string) => ({ ...error("password", message), values: { staffNumber: parsed.staffNumber, password: "" } });
      if (result.reason === "wrong") return keep(t("signInWrong"));
      if (result.reason === "disabled") return keep(t("disabled"));
      return keep(t(result.reason === "locked" ? "locked" : "addressLimit", { minutes: minutesFrom(result.retryAfterSeconds) }));
    },
    { ...options(locale), invalid: (state) => ({ ...state, values: { ...state.values, password: "" } }) },
  )(data);
}

/** Step 2: the authenticator's code, or a recovery code. */
export async function secondFactorAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  return formAction(
    secondFactorSchema,
    async (parsed, { t, error }) => {
      const result = await checkSecondFactor(
        await getDb(),
        { pendingToken: await pendingSignInToken(), code: parsed.code, clientAddress: await clientAddress(), previousSessionToken: await staffSessionToken() },
        now(),
      );
      return result.ok ? goOn(result, locale) : refusal(result, t, error, locale);
    },
    options(locale),
  )(data);
}

/** First sign-in: the first code from the newly added secret. */
export async function enrolAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  return formAction(
    enrolCodeSchema,
    async (parsed, { t, error }) => {
      const result = await confirmEnrolment(
        await getDb(),
        { pendingToken: await pendingSignInToken(), code: parsed.code, clientAddress: await clientAddress(), previousSessionToken: await staffSessionToken() },
        now(),
      );
      if (!result.ok && result.reason === "code-invalid") return error("code", t("codeFormat"));
      return result.ok ? goOn(result, locale) : refusal(result, t, error, locale);
    },
    options(locale),
  )(data);
}

/** First sign-in (or after a password reset): a password of one's own instead of the one-time password. */
export async function newPasswordAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  const blank = { password: "", confirm: "" };
  return formAction(
    newPasswordSchema,
    async (parsed, { t, error }) => {
      const result = await setNewPassword(
        await getDb(),
        { pendingToken: await pendingSignInToken(), password: parsed.password, clientAddress: await clientAddress(), previousSessionToken: await staffSessionToken() },
        now(),
      );
      if (result.ok) return goOn(result, locale);
      if (result.reason === "stale") return redirect({ href: "/office/sign-in?stale=1", locale });
      const key = { "too-short": "passwordTooShort", "too-long": "passwordTooLong", "staff-number": "passwordHasNumber", unchanged: "passwordUnchanged" } as const;
      return { ...error("password", t(key[result.problem])), values: blank };
    },
    { ...options(locale), invalid: (state) => ({ ...state, values: blank }) },
  )(data);
}

/** "I have kept them": the recovery codes are gone from the server, and the session starts. */
export async function acknowledgeRecoveryCodesAction(localeParam: string, data?: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  await formAction(
    noFields,
    async () => {
      const result = await acknowledgeRecoveryCodes(await getDb(), { pendingToken: await pendingSignInToken(), clientAddress: await clientAddress(), previousSessionToken: await staffSessionToken() }, now());
      if (!result.ok) return redirect({ href: "/office/sign-in?stale=1", locale });
      return goOn(result, locale);
    },
    { locale },
  )(data);
}
