import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResultView } from "@/components/check/ResultView";
import { today } from "@/lib/clock";
import { flowContext, packOf } from "@/lib/check/context";
import { readDraft } from "@/lib/check/draft-store";
import { next, walk } from "@/lib/check/journey";
import { evaluateAnswers } from "@/lib/check/request";
import type { Locale } from "@/lib/i18n/routing";
import { differsFromLastYear, packById } from "@/lib/rules";
import { startCheck } from "../actions";
import { checkPath } from "../paths";

export const dynamic = "force-dynamic";

type Params = Promise<{ locale: Locale }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "check.result" });
  return { title: t("summaryHeading") };
}

/** The result "if they pay today", from the answers that apply. */
export default async function ResultPage({ params }: { params: Params }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const ctx = flowContext(today());
  const answers = await readDraft();
  const route = walk(answers, ctx);
  const answer = route.next === null ? evaluateAnswers(route.known, ctx) : null;
  const pack = packOf(ctx, route.known.pack);
  if (!answer || !pack) redirect(checkPath(locale, next(answers, ctx)));
  const rulesPack = packById(pack.id, ctx.today);
  const changesHref = rulesPack && differsFromLastYear(rulesPack, ctx.today) ? `/policies/${pack.id}/changes` : undefined;
  return <ResultView answer={answer} pack={pack} known={route.known} ctx={ctx} locale={locale} startAgain={startCheck.bind(null, locale)} changesHref={changesHref} />;
}
