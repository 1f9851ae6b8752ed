import "server-only";
import { getTranslations } from "next-intl/server";
import type { $ZodError } from "zod/v4/core";
import type { FieldError } from "@/components/form/ErrorSummary";
import type { ErrorKey } from "@/lib/forms/sign-in";
import type { Locale } from "@/lib/i18n/routing";

export type ErrorTranslator = Awaited<ReturnType<typeof errorTranslator>>;

export function errorTranslator(locale: Locale) {
  return getTranslations({ locale, namespace: "account.errors" });
}

/** The schema's message keys as translated field errors, in field order. */
export function schemaErrors(error: $ZodError, t: ErrorTranslator): FieldError[] {
  const seen = new Set<string>();
  return error.issues.flatMap((issue) => {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) return [];
    seen.add(field);
    return [{ field, message: t(issue.message as ErrorKey) }];
  });
}

/** The messages the browser needs to show the schema's errors itself (plain strings, no arguments). */
export async function browserMessages(locale: Locale): Promise<Record<ErrorKey, string>> {
  const t = await errorTranslator(locale);
  const keys: ErrorKey[] = ["phoneRequired", "phoneFormat", "codeRequired", "codeFormat", "nameRequired", "nameTooLong", "idRequired", "idFormat", "idBirthDate", "idCheckDigit"];
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<ErrorKey, string>;
}

/** Minutes, rounded up, for "try again in N minutes". */
export const minutesFrom = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
