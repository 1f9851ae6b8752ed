"use server";

import { redirect } from "next/navigation";
import type { FormState } from "@/components/check/field-view";
import { today } from "@/lib/clock";
import { flowContext } from "@/lib/check/context";
import { clearDraft, readDraft, saveDraft } from "@/lib/check/draft-store";
import { rawFromFormData } from "@/lib/check/form-data";
import { canVisit, next, stepContext, withStep } from "@/lib/check/journey";
import { isStepId, stepSchema } from "@/lib/check/steps";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { checkPath } from "./paths";

/**
 * A page of the check was sent: validate with the page's schema; on errors answer them with what
 * was entered, otherwise keep the answers and go to the next unanswered page (or back to the
 * summary, which is how "change" links return there).
 */
export async function submitStep(locale: string, step: string, _state: FormState, data: FormData): Promise<FormState> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  const ctx = flowContext(today());
  const answers = await readDraft();
  if (!isStepId(step) || !canVisit(step, answers, ctx)) redirect(checkPath(lang, next(answers, ctx)));

  const raw = rawFromFormData(data);
  const parsed = stepSchema(step, stepContext(step, answers, ctx)).safeParse(raw);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((issue) => ({ field: String(issue.path[0] ?? step), key: issue.message }));
    return { raw, errors: errors.filter((error, index) => errors.findIndex((e) => e.field === error.field) === index) };
  }
  const updated = withStep(answers, step, parsed.data);
  await saveDraft(updated);
  redirect(checkPath(lang, next(updated, ctx)));
}

/** Start (again): forget any answers and go to the first question. */
export async function startCheck(locale: string): Promise<void> {
  const lang = isLocale(locale) ? locale : defaultLocale;
  await clearDraft();
  redirect(checkPath(lang, "where"));
}
