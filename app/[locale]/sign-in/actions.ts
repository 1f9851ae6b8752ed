"use server";

import { initialFormState, type ServerFormState } from "@/components/form/server-form";
import { formStrings, codeStepSchema, phoneStepSchema, realNameStepSchema } from "@/lib/forms/sign-in";
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
import { errorTranslator, minutesFrom, schemaErrors } from "./messages";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);

/** Step 1: send a code to the phone, then go to the code page. */
export async function sendCodeAction(localeParam: string, _state: ServerFormState, data: FormData): Promise<ServerFormState> {
  const locale = localeOf(localeParam);
  const values = formStrings(data, ["phone"]);
  const t = await errorTranslator(locale);
  const parsed = phoneStepSchema.safeParse(values);
  if (!parsed.success) return { errors: schemaErrors(parsed.error, t), values };
  const result = await sendSignInCode(await getDb(), outboxSms, { phone: values.phone, clientAddress: await clientAddress() }, now());
  if (!result.ok) {
    const message =
      result.reason === "phone-invalid"
        ? t(result.problem === "required" ? "phoneRequired" : "phoneFormat")
        : result.reason === "too-soon"
          ? t("resendTooSoon", { seconds: result.retryAfterSeconds })
          : t(result.reason === "phone-limit" ? "phoneLimit" : "addressLimit", { minutes: minutesFrom(result.retryAfterSeconds) });
    return { errors: [{ field: "phone", message }], values };
  }
  await setPendingChallenge(result.challengeId);
  return redirect({ href: "/sign-in/code", locale });
}

/** "Send a new code" on the code page: a plain form, answered with a redirect (PRG). */
export async function resendCodeAction(localeParam: string): Promise<void> {
  const locale = localeOf(localeParam);
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
}

/** Step 2: check the code; signed in, go to 我的, or to the real-name check the first time. */
export async function verifyCodeAction(localeParam: string, _state: ServerFormState, data: FormData): Promise<ServerFormState> {
  const locale = localeOf(localeParam);
  const values = formStrings(data, ["code"]);
  const t = await errorTranslator(locale);
  const parsed = codeStepSchema.safeParse(values);
  if (!parsed.success) return { errors: schemaErrors(parsed.error, t), values };
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
    return { errors: [{ field: "code", message }], values };
  }
  await clearPendingChallenge();
  await setSessionCookie(result.sessionToken);
  return redirect({ href: result.needsRealName ? "/sign-in/real-name" : "/me?welcome=1", locale });
}

/** First sign-in: bind the account to the registry person with this name and ID number. */
export async function bindRealNameAction(localeParam: string, _state: ServerFormState, data: FormData): Promise<ServerFormState> {
  const locale = localeOf(localeParam);
  const values = formStrings(data, ["name", "idNumber"]);
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (session.personId) return redirect({ href: "/me", locale });
  const t = await errorTranslator(locale);
  const parsed = realNameStepSchema.safeParse(values);
  if (!parsed.success) return { errors: schemaErrors(parsed.error, t), values };
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
  const error =
    result.reason === "name-required"
      ? { field: "name", message: t("nameRequired") }
      : result.reason === "id-invalid"
        ? { field: "idNumber", message: t(idProblemKey[result.problem]) }
        : result.reason === "mismatch"
          ? { field: "name", message: t("realNameMismatch", { attemptsLeft: result.attemptsLeft }) }
          : result.reason === "locked"
            ? { field: "name", message: t("realNameLocked", { time: shanghaiTime(result.lockedUntil, locale) }) }
            : result.reason === "address-limit"
              ? { field: "name", message: t("addressLimit", { minutes: minutesFrom(result.retryAfterSeconds) }) }
              : { field: "idNumber", message: t(result.reason === "bound-elsewhere" ? "boundElsewhere" : "underage") };
  return { ...initialFormState(values), errors: [error] };
}

function shanghaiTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale === "zh-Hant" ? "zh-TW" : "zh-CN", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}
