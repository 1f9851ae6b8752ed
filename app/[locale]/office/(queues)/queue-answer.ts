import "server-only";
import { getTranslations } from "next-intl/server";
import * as z from "zod/mini";
import { formatMoney } from "@/lib/format";
import type { FormState, RawValues } from "@/lib/forms/form-state";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { formAction } from "@/lib/web/form-action";

export const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);

/** What the office's services answer: done, a form's errors, or a refusal with its reason. */
type ServiceAnswer = { ok: true } | { ok: false; errors: { field: string; key: string }[] } | { ok: false; reason: string; balanceFen?: number; amountFen?: number };

/** Every decision form of the console posts everything (the service checks it with the fact's schema). */
const anyFields = z.looseObject({});
/** A field holds a reason or a name, never a document. */
const MAX_LENGTH = 600;

/**
 * A console decision: read the form, run the service, and answer — a redirect to `done` when it
 * went through, else the translated errors or refusal with everything entered kept.
 */
export function queueAction(locale: Locale, run: (values: RawValues) => Promise<ServiceAnswer>, done: string): (data: FormData) => Promise<FormState<RawValues>> {
  return async (data) =>
    (await formAction(
      anyFields,
      async (_parsed, { values }) => {
        const result = await run(values);
        if (result.ok) return redirect({ href: done, locale });
        return { errors: await explain(locale, result), values };
      },
      { locale, read: "nested", maxLength: MAX_LENGTH },
    )(data)) as FormState<RawValues>;
}

async function explain(locale: Locale, result: Exclude<ServiceAnswer, { ok: true }>) {
  const t = (await getTranslations({ locale, namespace: "officeQueues" })) as unknown as (key: string, values?: Record<string, string>) => string;
  if ("errors" in result) return result.errors.map((e) => ({ field: e.field, message: t(`errors.${e.key}`) }));
  const money = (fen: number | undefined) => formatMoney(fen ?? 0, locale);
  return [{ field: "", message: t(`refusals.${result.reason}`, { balance: money(result.balanceFen), amount: money(result.amountFen) }) }];
}

/** The refusals a button-only step can come back with, named in `?refused=` (never free text). */
export const STEP_REFUSALS = ["role", "region", "not-found", "already-decided", "already-prepared", "not-prepared", "preparer-cannot-approve", "not-approved", "insufficient", "no-account"] as const;

/** A step that posts only its button (prepare, approve): back to the item, saying what happened. */
export async function stepAnswer(locale: Locale, result: { ok: true } | { ok: false; reason?: string }, itemHref: string, done: string): Promise<never> {
  const reason = !result.ok && result.reason && (STEP_REFUSALS as readonly string[]).includes(result.reason) ? result.reason : "not-found";
  return redirect({ href: result.ok ? `${itemHref}?done=${done}` : `${itemHref}?refused=${reason}`, locale });
}
