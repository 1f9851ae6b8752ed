import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { QuestionForm } from "@/components/check/QuestionForm";
import { errorTexts, stepView } from "@/components/check/step-view";
import { StepHeader } from "@/components/ui/StepHeader";
import { today } from "@/lib/clock";
import { flowContext } from "@/lib/check/context";
import { readDraft } from "@/lib/check/draft-store";
import { canVisit, next, previous, stepContext, walk } from "@/lib/check/journey";
import { STEP_ERROR_KEYS, compactRaw, isStepId, rawFromAnswers, type StepId } from "@/lib/check/steps";
import type { Locale } from "@/lib/i18n/routing";
import { submitStep } from "../actions";
import { checkPath } from "../paths";

// The page reads the draft cookie: never cached.
export const dynamic = "force-dynamic";

type Params = Promise<{ locale: Locale; step: string }>;

/** The page for this request, or where to go instead (a page not reached yet, or no longer asked). */
async function load(locale: Locale, step: string) {
  const ctx = flowContext(today());
  const answers = await readDraft();
  if (!isStepId(step) || !canVisit(step, answers, ctx)) redirect(checkPath(locale, next(answers, ctx)));
  const context = stepContext(step, answers, ctx);
  const view = await stepView(step, context, walk(answers, ctx).known, ctx, locale);
  return { step: step as StepId, ctx, answers, context, view };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, step } = await params;
  const { view } = await load(locale, step);
  return { title: view.title };
}

export default async function StepPage({ params }: { params: Params }) {
  const { locale, step: requested } = await params;
  setRequestLocale(locale);
  const { step, ctx, answers, context, view } = await load(locale, requested);
  const t = await getTranslations("form");
  const tCheck = await getTranslations("check");
  const back = previous(step, answers, ctx);
  return (
    <>
      <StepHeader backHref={back ? `/check/${back}` : "/check"} backText={t("back")} />
      <QuestionForm
        step={step}
        context={context}
        action={submitStep.bind(null, locale, step)}
        heading={view.heading}
        fields={view.fields}
        initial={compactRaw(rawFromAnswers(step, answers))}
        errorTexts={await errorTexts(STEP_ERROR_KEYS[step], context)}
        labels={{
          caption: tCheck("caption"),
          continue: t("continue"),
          errorSummaryTitle: t("errorSummaryTitle"),
          errorPrefix: t("errorPrefix"),
          date: { year: t("year"), month: t("month"), day: t("day") },
        }}
      />
    </>
  );
}
