"use server";

import { redirect } from "next/navigation";
import { errorTexts } from "@/components/check/step-view";
import { today } from "@/lib/clock";
import { flowContext } from "@/lib/check/context";
import { clearDraft, readDraft, saveDraft } from "@/lib/check/draft-store";
import { canVisit, next, stepContext, withStep } from "@/lib/check/journey";
import { STEP_ERROR_KEYS, isStepId, stepSchema } from "@/lib/check/steps";
import type { FormState, RawValues } from "@/lib/forms/form-state";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { formAction, noFields } from "@/lib/web/form-action";
import { checkPath } from "./paths";

/**
 * A page of the check was sent: validate with the page's schema; on errors answer them with what
 * was entered, otherwise keep the answers and go to the next unanswered page (or back to the
 * summary, which is how "change" links return there).
 */
export async function submitStep(locale: string, step: string, _state: FormState<RawValues>, data: FormData): Promise<FormState<RawValues>> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const ctx = flowContext(today());
  const answers = await readDraft();
  if (!isStepId(step) || !canVisit(step, answers, ctx)) redirect(checkPath(lang, next(answers, ctx)));
  const context = stepContext(step, answers, ctx);
  return formAction(
    stepSchema(step, context),
    async (parsed) => {
      const updated = withStep(answers, step, parsed);
      await saveDraft(updated);
      redirect(checkPath(lang, next(updated, ctx)));
    },
    { locale: lang, read: "nested", messages: async (language: Locale) => messageOf(await errorTexts(STEP_ERROR_KEYS[step], context, language)) },
  )(data);
}

const messageOf = (texts: Record<string, string>) => (key: string) => texts[key] ?? key;

/** Start (again): forget any answers and go to the first question. */
export async function startCheck(locale: string, data?: FormData): Promise<void> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  await formAction(
    noFields,
    async () => {
      await clearDraft();
      redirect(checkPath(lang, "where"));
    },
    { locale: lang },
  )(data);
}
