import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";
import type { Answers } from "@/lib/check/answers";
import type { FlowContext } from "@/lib/check/context";
import { shownIneligibility } from "@/lib/check/request";
import { formatDate, formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { EligibilityAnswer, PolicyDescription } from "@/lib/rules";
import { ReasonList } from "@/components/rules/ReasonList";
import { reasonWords } from "@/components/rules/reason-text";
import { PrintButton } from "./PrintButton";
import { checkTranslator } from "./step-view";

type Props = {
  answer: EligibilityAnswer;
  pack: PolicyDescription;
  known: Answers;
  ctx: FlowContext;
  locale: Locale;
  /** A form that forgets the answers and starts again ("check another person"). */
  startAgain: (formData: FormData) => Promise<void>;
  /** "What changed this year", when the pack differs from last year's. */
  changesHref?: string;
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="mb-8 print:break-inside-avoid">
      <h2 id={id} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-line py-3 sm:grid-cols-[1fr_2fr] sm:gap-4" data-columns>
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** J1's answer: eligible or not, and for whom it is, everything JOURNEYS.md lists, each reason with its clause. */
export async function ResultView({ answer, pack, known, ctx, locale, startAgain, changesHref }: Props) {
  const t = await checkTranslator();
  const tReasons = (await getTranslations("reasons")) as unknown as (key: string) => string;
  const tRegion = (await getTranslations("region")) as unknown as (key: string) => string;
  const tPolicies = await getTranslations("policies");
  const words = await reasonWords(pack, locale);
  const money = (fen: number) => formatMoney(fen, locale);
  const date = (iso: string) => formatDate(iso, locale);
  const year = pack.coverageYear;
  const region = tRegion(pack.region);
  const channelLang = locale === "zh-Hans" ? undefined : "zh-Hans";

  const byCode = (prefix: string) => answer.reasons.filter((reason) => reason.code.startsWith(prefix));

  const contribution = answer.contribution;
  const coverage = answer.coverage;
  const noCover = answer.eligible && coverage !== undefined && coverage.start === null;
  const laterPack = ctx.packs.find((p) => p.region === pack.region && p.coverageYear > year);
  const newbornOptions = !known.history?.insuredLastYear && answer.newborn?.options.length === 2 ? answer.newborn : undefined;

  return (
    <article className="max-w-3xl">
      <PageHeading caption={t("caption")} lead={t("result.asOf", { date: date(ctx.today) })}>
        {t(answer.eligible ? "result.eligible" : "result.ineligible", { region, year })}
      </PageHeading>

      {answer.projected ? (
        <p className="mb-6 border-l-4 border-danger pl-3 text-lg font-semibold">{t("where.projected", { year, baseYear: year - 1 })}</p>
      ) : null}
      {changesHref ? (
        <p className="no-print mb-6 text-lg">
          <Link href={changesHref} data-testid="policy-changes-link">
            {tPolicies("resultLink", { year })}
          </Link>
        </p>
      ) : null}

      {noCover ? (
        <section role="alert" aria-labelledby="no-cover" className="mb-8 border-4 border-danger p-4">
          <h2 id="no-cover" className="mb-2 text-2xl font-bold text-danger">
            {t("result.noCoverTitle", { year })}
          </h2>
          {byCode("coverage.no-benefit").map((reason) => (
            <p key={reason.code} className="mb-2 text-lg">
              {words(reason)}
            </p>
          ))}
          {laterPack ? (
            <p className="text-lg">
              {t("result.noCoverNextYear", { year: laterPack.coverageYear })}{" "}
              <Link href="/check/where">{t("result.noCoverNextYearLink", { year: laterPack.coverageYear })}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {!answer.eligible ? (
        <Section id="why-not" title={t("result.whyHeading")}>
          <p className="mb-4 text-lg">{t("result.ineligibleLead")}</p>
          <ReasonList reasons={shownIneligibility(answer)} pack={pack} layout="blocks" />
        </Section>
      ) : (
        <>
          <Section id="summary" title={t("result.summaryHeading")}>
            <dl className="border-t border-line text-lg">
              <Row label={t("result.category")}>{t(`category.${answer.category}`)}</Row>
              {contribution && !newbornOptions ? (
                <Row label={t("result.pay")}>
                  <p className="text-2xl font-bold">{contribution.payable === 0 ? t("result.payNothing") : money(contribution.payable)}</p>
                  {contribution.breakdown.length > 1 || contribution.breakdown.some((line) => line.code !== "breakdown.individual")
                    ? contribution.breakdown.map((line) => (
                        <p key={line.code}>{t("result.breakdown", { line: tReasons(line.code), amount: money(line.amount) })}</p>
                      ))
                    : null}
                  {contribution.provisional ? <p className="font-semibold">{t("result.provisional")}</p> : null}
                </Row>
              ) : null}
              {contribution ? (
                <Row label={t("result.government")}>
                  {byCode("contribution.government-not-published").length > 0 ? t("result.governmentNotPublished") : money(contribution.government)}
                </Row>
              ) : null}
              {answer.route ? <Row label={t("result.route")}>{t(`result.routes.${answer.route}`)}</Row> : null}
              {coverage && !newbornOptions ? (
                <Row label={t("result.coverage")}>
                  {coverage.start ? t("result.coverageValue", { start: date(coverage.start), end: date(coverage.end) }) : t("result.coverageNone")}
                </Row>
              ) : null}
              {coverage && !newbornOptions ? (
                <Row label={t("result.waiting")}>
                  {coverage.waitingMonths > 0
                    ? t("result.waitingMonths", { months: coverage.waitingMonths })
                    : coverage.waitingDays > 0
                      ? t("result.waitingDays", { days: coverage.waitingDays })
                      : t("result.noWaiting")}
                  {byCode("coverage.").map((reason) => (
                    <p key={reason.code} className="text-ink-soft">
                      {words(reason)}
                    </p>
                  ))}
                </Row>
              ) : null}
              {answer.incentive && answer.incentive.extraMajorIllnessLimit > 0 ? (
                <Row label={t("result.incentive")}>{t("result.incentiveValue", { amount: money(answer.incentive.extraMajorIllnessLimit) })}</Row>
              ) : null}
            </dl>
          </Section>

          {newbornOptions ? (
            <Section id="newborn" title={t("result.newbornHeading")}>
              <ul className="mb-3 list-disc space-y-2 pl-6 text-lg">
                {newbornOptions.options.map((option) => (
                  <li key={option.years.join("-")}>
                    {option.years.length === 2
                      ? t("result.newbornBoth", { previousYear: option.years[0]!, year, amount: money(option.payable), start: date(option.coverageStart ?? "") })
                      : t("result.newbornCurrent", { year, amount: money(option.payable), start: date(option.coverageStart ?? "") })}
                  </li>
                ))}
              </ul>
              <p className="text-lg font-semibold">{t("result.newbornDeadline", { date: date(newbornOptions.deadline) })}</p>
            </Section>
          ) : null}

          <Section id="next" title={t("result.nextHeading")}>
            {answer.route === "school" ? (
              <p className="text-lg">{t("result.nextSchool")}</p>
            ) : answer.route === "renewal" ? (
              <>
                <p className="mb-3 text-lg">{t("result.nextRenewal")}</p>
                <ButtonLink href="/pay" className="no-print mb-4">
                  {t("result.payLink")}
                </ButtonLink>
              </>
            ) : (
              <>
                <p className="mb-3 text-lg">{t("result.nextRegister")}</p>
                <ol className="no-print mb-4 flex flex-wrap gap-4">
                  <li>
                    <ButtonLink href="/sign-in">{t("result.signIn")}</ButtonLink>
                  </li>
                  <li>
                    <ButtonLink href="/register" variant="secondary">
                      {t("result.register")}
                    </ButtonLink>
                  </li>
                </ol>
              </>
            )}
            {answer.route !== "school" ? (
              <div className="grid gap-4 sm:grid-cols-2" data-columns>
                <div>
                  <h3 className="mb-1 text-xl font-bold">{t("result.channelsOnline")}</h3>
                  <ul className="list-disc pl-6" lang={channelLang}>
                    {pack.channels.online.map((channel) => (
                      <li key={channel}>{channel}</li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h3 className="mb-1 text-xl font-bold">{t("result.channelsOffline")}</h3>
                  <ul className="list-disc pl-6" lang={channelLang}>
                    {pack.channels.offline.map((channel) => (
                      <li key={channel}>{channel}</li>
                    ))}
                  </ul>
                </div>
              </div>
            ) : null}
          </Section>

          {answer.deadlines.length > 0 ? (
            <Section id="deadlines" title={t("result.deadlinesHeading")}>
              <dl className="border-t border-line text-lg">
                {answer.deadlines.map((deadline) => (
                  <Row key={deadline.code} label={tReasons(deadline.code)}>
                    {date(deadline.date)}
                  </Row>
                ))}
              </dl>
            </Section>
          ) : null}

          {answer.documents.length > 0 ? (
            <Section id="documents" title={t("result.documentsHeading")}>
              <ul className="list-disc space-y-1 pl-6 text-lg">
                {answer.documents.map((document) => (
                  <li key={document}>{tReasons(`document.${document}`)}</li>
                ))}
              </ul>
            </Section>
          ) : null}

          {byCode("break.").length > 0 ? (
            <Section id="break" title={t("result.breakHeading")}>
              {byCode("break.").map((reason) => (
                <p key={reason.code} className="text-lg">
                  {words(reason)}
                </p>
              ))}
            </Section>
          ) : null}
        </>
      )}

      {answer.eligible ? (
        <Section id="why" title={t("result.whyHeading")}>
          <ReasonList reasons={answer.reasons} pack={pack} layout="blocks" />
        </Section>
      ) : null}

      <div className="no-print flex flex-wrap items-center gap-6 border-t border-line pt-6">
        <PrintButton>{t("result.print")}</PrintButton>
        <Link href="/check/answers" className="inline-flex min-h-12 items-center text-lg">
          {t("result.changeAnswers")}
        </Link>
        <form action={startAgain}>
          <button type="submit" className="min-h-12 text-lg text-brand underline underline-offset-2">
            {t("result.another")}
          </button>
        </form>
      </div>
    </article>
  );
}
