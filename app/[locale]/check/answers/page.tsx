import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { answerRows } from "@/components/check/answer-rows";
import { ButtonLink } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { SummaryList } from "@/components/ui/SummaryList";
import { today } from "@/lib/clock";
import { flowContext } from "@/lib/check/context";
import { readDraft } from "@/lib/check/draft-store";
import { next, previous, walk } from "@/lib/check/journey";
import type { Locale } from "@/lib/i18n/routing";
import { startCheck } from "../actions";
import { checkPath } from "../paths";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: Locale }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "check.answers" });
  return { title: t("title") };
}

export default async function AnswersPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const ctx = flowContext(today());
  const answers = await readDraft();
  const route = walk(answers, ctx);
  if (route.next !== null) redirect(checkPath(locale, next(answers, ctx)));
  const t = await getTranslations("check");
  const tForm = await getTranslations("form");
  const back = previous("answers", answers, ctx);
  return (
    <div className="max-w-3xl">
      <StepHeader backHref={back ? `/check/${back}` : "/check"} backText={tForm("back")} />
      <PageHeading caption={t("caption")} lead={t("answers.lead")}>
        {t("answers.title")}
      </PageHeading>
      <SummaryList rows={await answerRows(route.known, route.visited, ctx)} changeText={tForm("change")} />
      <div className="flex flex-wrap items-center gap-6">
        <ButtonLink href="/check/result">{t("answers.submit")}</ButtonLink>
        <form action={startCheck.bind(null, locale)}>
          <button type="submit" className="min-h-12 text-lg text-brand underline underline-offset-2">
            {t("answers.startAgain")}
          </button>
        </form>
      </div>
    </div>
  );
}
