import "server-only";
import type { OfficeErrorKey } from "@/lib/forms/office";
import type { Locale } from "@/lib/i18n/routing";
import { errorsIn } from "@/lib/web/form-action";

export const errorTranslator = errorsIn("office.errors");

/** The messages the browser needs to show the schemas' errors itself. */
export async function browserMessages(locale: Locale, keys: readonly OfficeErrorKey[]): Promise<Record<string, string>> {
  const t = await errorTranslator(locale);
  return Object.fromEntries(keys.map((key) => [key, t(key)]));
}
