import "server-only";
import type { ErrorKey } from "@/lib/forms/sign-in";
import type { Locale } from "@/lib/i18n/routing";
import { errorsIn } from "@/lib/web/form-action";

export const errorTranslator = errorsIn("signIn.errors");

/** The messages the browser needs to show the schema's errors itself (plain strings, no arguments). */
export async function browserMessages(locale: Locale): Promise<Record<ErrorKey, string>> {
  const t = await errorTranslator(locale);
  const keys: ErrorKey[] = ["phoneRequired", "phoneFormat", "codeRequired", "codeFormat", "nameRequired", "nameTooLong", "idRequired", "idFormat", "idBirthDate", "idCheckDigit"];
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<ErrorKey, string>;
}

/** Minutes, rounded up, for "try again in N minutes". */
export const minutesFrom = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
