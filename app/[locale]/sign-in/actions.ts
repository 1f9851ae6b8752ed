"use server";

import type { FormState } from "@/lib/forms/form-state";
import { MAX_FIELD_LENGTH } from "@/lib/forms/form-data";
import { codeStepSchema, phoneStepSchema, realNameStepSchema } from "@/lib/forms/sign-in";
import { faceVerifier } from "@/lib/auth/face-verification";
import { finishFaceCheck, sendRebindCode, startFaceCheck, verifyRebindCode } from "@/lib/auth/proofing";
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
import { formatShanghaiTime } from "@/lib/format";
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
        outboxSms,
        { accountId: session.accountId, name: values.name, idNumber: values.idNumber, clientAddress: await clientAddress(), sessionToken: await sessionToken() },
        now(),
        today(),
      );
      if (result.ok) {
        await setSessionCookie(result.sessionToken);
        return redirect({ href: "/me?welcome=bound", locale });
      }
      const idProblemKey = { required: "idRequired", format: "idFormat", birthDate: "idBirthDate", checkDigit: "idCheckDigit" } as const;
      if (result.reason === "name-required") return error("name", t("nameRequired"));
      if (result.reason === "id-invalid") return error("idNumber", t(idProblemKey[result.problem]));
      if (result.reason === "locked") return error("name", t("realNameLocked", { time: formatShanghaiTime(result.lockedUntil, locale) }));
      if (result.reason === "address-limit") return error("name", t("addressLimit", { minutes: minutesFrom(result.retryAfterSeconds) }));
      if (result.reason === "underage") return error("idNumber", t("underage"));
      // Not bound on name and number alone, whatever the reason (issue 13): the ways to prove it.
      return redirect({ href: { ...SETTLED, unconfirmed: PROOF }[result.reason], locale });
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(data);
}

/** The signed-in account that still needs its real-name binding; any other visitor is sent on. */
async function unboundAccount(locale: Locale): Promise<string> {
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (session.personId) return redirect({ href: "/me", locale });
  return session.accountId;
}

/** Where every proof step sends an account that is bound already, is gone, or has no live claim. */
const SETTLED = { "already-bound": "/me", "no-account": "/sign-in?ended=1", "no-claim": "/sign-in/real-name" } as const;
const PROOF = "/sign-in/real-name/confirm";

/** A proof step behind a plain form on the proof page: run for the unbound account, answered with a redirect (PRG). */
async function proofStep(localeParam: string, data: FormData | undefined, run: (accountId: string, locale: Locale) => Promise<string>): Promise<void> {
  const locale = localeOf(localeParam);
  await formAction(noFields, async () => redirect({ href: await run(await unboundAccount(locale), locale), locale }), { locale })(data);
}

/** 刷脸认证, step 1 (a plain form on the proof page): open a check with the provider, then wait for it. */
export async function startFaceAction(localeParam: string, data?: FormData): Promise<void> {
  await proofStep(localeParam, data, async (accountId) => {
    const verifier = faceVerifier();
    if (!verifier) return PROOF;
    const result = await startFaceCheck(await getDb(), verifier, { accountId, clientAddress: await clientAddress() }, now());
    if (result.ok) return "/sign-in/real-name/face";
    return { ...SETTLED, unavailable: `${PROOF}?face=unavailable`, locked: PROOF }[result.reason];
  });
}

/** 刷脸认证, step 2 (a plain form on the face page): ask for the result; passed binds and goes to 我的. */
export async function checkFaceAction(localeParam: string, data?: FormData): Promise<void> {
  await proofStep(localeParam, data, async (accountId) => {
    const verifier = faceVerifier();
    if (!verifier) return PROOF;
    const result = await finishFaceCheck(await getDb(), outboxSms, verifier, { accountId, clientAddress: await clientAddress(), sessionToken: await sessionToken() }, now());
    if (result.ok) {
      await setSessionCookie(result.sessionToken);
      return "/me?welcome=bound";
    }
    return {
      ...SETTLED,
      pending: "/sign-in/real-name/face?pending=1",
      failed: `${PROOF}?face=failed`,
      locked: `${PROOF}?face=failed`,
      expired: `${PROOF}?face=expired`,
      "no-check": PROOF,
      "bound-elsewhere": PROOF,
    }[result.reason];
  });
}

/** Moving a binding, step 1 (a plain form on the proof page): a code to the phone already bound, if there is one. */
export async function sendOldPhoneCodeAction(localeParam: string, data?: FormData): Promise<void> {
  await proofStep(localeParam, data, async (accountId) => {
    const result = await sendRebindCode(await getDb(), outboxSms, { accountId, clientAddress: await clientAddress() }, now());
    if (result.ok) return "/sign-in/real-name/old-phone";
    if (result.reason === "too-soon" || result.reason === "person-limit") return `${PROOF}?wait=${result.retryAfterSeconds}&limit=${result.reason === "too-soon" ? "resend" : "count"}`;
    return SETTLED[result.reason];
  });
}

/** Moving a binding, step 2: the old phone's code; right, this phone is bound and the old one released. */
export async function verifyOldPhoneCodeAction(localeParam: string, _state: FormState, data: FormData): Promise<FormState> {
  const locale = localeOf(localeParam);
  const accountId = await unboundAccount(locale);
  return formAction(
    codeStepSchema,
    async (_parsed, { values, t, error }) => {
      const result = await verifyRebindCode(await getDb(), outboxSms, { accountId, code: values.code, clientAddress: await clientAddress(), sessionToken: await sessionToken() }, now());
      if (result.ok) {
        await setSessionCookie(result.sessionToken);
        return redirect({ href: "/me?welcome=bound", locale });
      }
      if (result.reason === "already-bound") return redirect({ href: "/me", locale });
      if (result.reason === "stale") return redirect({ href: "/sign-in/real-name", locale });
      const message = {
        "code-invalid": () => t("codeFormat"),
        "wrong-code": () => t("codeWrong", { attemptsLeft: "attemptsLeft" in result ? result.attemptsLeft : 0 }),
        locked: () => t("rebindCodeLocked"),
        expired: () => t("rebindCodeExpired"),
        "no-code": () => t("rebindCodeExpired"),
      }[result.reason]();
      return error("code", message);
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(data);
}
