"use server";

import type { FormState } from "@/lib/forms/form-state";
import { MAX_FIELD_LENGTH } from "@/lib/forms/form-data";
import { codeStepSchema, phoneStepSchema, realNameStepSchema } from "@/lib/forms/sign-in";
import { bindRealName } from "@/lib/auth/real-name";
import {
  clearPendingChallenge,
  clientAddress,
  currentSession,
  pendingChallengeId,
  sessionToken,
  setPendingChallenge,
  setSessionCookie,
} from "@/lib/auth/request";
import { challengePhone, sendSignInCode, verifySignInCode } from "@/lib/auth/sign-in";
import { outboxSms } from "@/lib/auth/sms";
import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { formAction, noFields } from "@/lib/web/form-action";
import { errorTranslator, minutesFrom } from "./messages";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);

/** Step 1: send a code to the phone, then go to the code page. */
export async function sendCodeAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  return formAction(
    phoneStepSchema,
    async (_parsed, { values, t, error }) => {
      const result = await sendSignInCode(await getDb(), outboxSms, { phone: values.phone, clientAddress: await clientAddress() }, now());
      if (!result.ok) {
        const message =
          result.reason === "phone-invalid"
            ? t(result.problem === "required" ? "phoneRequired" : "phoneFormat")
            : result.reason === "too-soon"
              ? t("resendTooSoon", { seconds: result.retryAfterSeconds })
              : t(result.reason === "phone-limit" ? "phoneLimit" : "addressLimit", { minutes: minutesFrom(result.retryAfterSeconds) });
        return error("phone", message);
      }
      await setPendingChallenge(result.challengeId);
      return redirect({ href: "/sign-in/code", locale });
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(data);
}

/** "Send a new code" on the code page: a plain form, answered with a redirect (PRG). */
export async function resendCodeAction(localeParam: string, data?: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  await formAction(
    noFields,
    async () => {
      const db = await getDb();
      const phone = await challengePhone(db, await pendingChallengeId());
      if (!phone) return redirect({ href: "/sign-in?stale=1", locale });
      const result = await sendSignInCode(db, outboxSms, { phone, clientAddress: await clientAddress() }, now());
      if (!result.ok) {
        const wait = result.reason === "phone-invalid" ? 0 : result.retryAfterSeconds;
        return redirect({ href: `/sign-in/code?wait=${wait}&limit=${result.reason === "too-soon" ? "resend" : "count"}`, locale });
      }
      await setPendingChallenge(result.challengeId);
      return redirect({ href: "/sign-in/code?resent=1", locale });
    },
    { locale },
  )(data);
}

/** Step 2: check the code; signed in, go to 我的, or to the real-name check the first time. */
export async function verifyCodeAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  return formAction(
    codeStepSchema,
    async (_parsed, { values, t, error }) => {
      const result = await verifySignInCode(
        await getDb(),
        { challengeId: await pendingChallengeId(), code: values.code, clientAddress: await clientAddress(), previousSessionToken: await sessionToken() },
        now(),
      );
      if (!result.ok) {
        const message = {
          "code-invalid": () => t("codeFormat"),
          "wrong-code": () => t("codeWrong", { attemptsLeft: "attemptsLeft" in result ? result.attemptsLeft : 0 }),
          locked: () => t("codeLocked"),
          expired: () => t("codeExpired"),
          used: () => t("codeUsed"),
          unknown: () => t("signInStale"),
          "address-limit": () => t("addressLimit", { minutes: minutesFrom("retryAfterSeconds" in result ? result.retryAfterSeconds : 60) }),
        }[result.reason]();
        return error("code", message);
      }
      await clearPendingChallenge();
      await setSessionCookie(result.sessionToken);
      return redirect({ href: result.needsRealName ? "/sign-in/real-name" : "/me?welcome=1", locale });
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(data);
}

/** First sign-in: bind the account to the registry person with this name and ID number. */
export async function bindRealNameAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (session.personId) return redirect({ href: "/me", locale });
  return formAction(
    realNameStepSchema,
    async (_parsed, { values, t, error }) => {
      const result = await bindRealName(
        await getDb(),
        { accountId: session.accountId, name: values.name, idNumber: values.idNumber, clientAddress: await clientAddress(), sessionToken: await sessionToken() },
        now(),
        today(),
      );
      if (result.ok) {
        await setSessionCookie(result.sessionToken);
        return redirect({ href: "/me?welcome=bound", locale });
      }
      if (result.reason === "already-bound") return redirect({ href: "/me", locale });
      if (result.reason === "no-account") return redirect({ href: "/sign-in?ended=1", locale });
      const idProblemKey = { required: "idRequired", format: "idFormat", birthDate: "idBirthDate", checkDigit: "idCheckDigit" } as const;
      return result.reason === "name-required"
        ? error("name", t("nameRequired"))
        : result.reason === "id-invalid"
          ? error("idNumber", t(idProblemKey[result.problem]))
          : result.reason === "mismatch"
            ? error("name", t("realNameMismatch", { attemptsLeft: result.attemptsLeft }))
            : result.reason === "locked"
              ? error("name", t("realNameLocked", { time: shanghaiTime(result.lockedUntil, locale) }))
              : result.reason === "address-limit"
                ? error("name", t("addressLimit", { minutes: minutesFrom(result.retryAfterSeconds) }))
                : error("idNumber", t(result.reason === "bound-elsewhere" ? "boundElsewhere" : "underage"));
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(data);
}

function shanghaiTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale === "zh-Hant" ? "zh-TW" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}
