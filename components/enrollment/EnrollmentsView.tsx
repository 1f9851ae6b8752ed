import { getLocale, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatReference } from "@/lib/numbers/enrollment-reference";
import { formatDate, formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PersonEnrollments } from "@/lib/services/enrollment/my-enrollments";
import { LiveStatus } from "./LiveStatus";

const DRAFT_HREF = { facts: "/register/facts", details: "/register/details", check: "/register/check" } as const;

type Deadline = { packId: string; coverageYear: number; registrationEnd: string; paymentEnd: string };

/** J4: everyone I may act for, each enrollment with its timeline; cancel before payment. */
export async function EnrollmentsView({ people, deadlines, cancelled, notCancellable }: { people: PersonEnrollments[]; deadlines: Deadline[]; cancelled: string | null; notCancellable: boolean }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("enrollment");
  const tBanner = await getTranslations("banner");
  const statusLabels = { registered: t("statuses.registered"), cancelled: t("statuses.cancelled"), paid: t("statuses.paid") };
  return (
    <>
      {cancelled ? (
        <NotificationBanner tone="success" title={tBanner("success")}>
          <p>{t("list.cancelledNotice", { reference: formatReference(cancelled) })}</p>
        </NotificationBanner>
      ) : null}
      {notCancellable ? (
        <NotificationBanner title={tBanner("important")}>
          <p>{t("list.notCancellable")}</p>
        </NotificationBanner>
      ) : null}
      {deadlines.length ? (
        <NotificationBanner title={t("list.deadlineTitle")}>
          {deadlines.map((d) => (
            <p key={d.packId}>
              {t("list.deadline", { year: d.coverageYear, registrationEnd: formatDate(d.registrationEnd, locale), paymentEnd: formatDate(d.paymentEnd, locale) })}
            </p>
          ))}
        </NotificationBanner>
      ) : null}
      <PageHeading lead={t("list.lead")}>{t("list.title")}</PageHeading>
      {people.map((person) => (
        <section key={person.personId} aria-labelledby={`person-${person.personId}`} className="mb-10" data-testid="enrollment-person">
          <h2 id={`person-${person.personId}`} className="mb-1 text-2xl font-bold">
            {person.name}
          </h2>
          <p className="text-ink-soft mb-3 text-lg">
            {t(`list.${person.actingAs}`)} · {person.idNumberMasked}
          </p>
          {person.draftStep ? (
            <p className="mb-3 text-lg">
              {t("list.draft", { step: t(`steps.${person.draftStep}`) })}
              <Link href={DRAFT_HREF[person.draftStep]}>{t("list.draftLink")}</Link>
            </p>
          ) : null}
          {person.enrollments.length === 0 ? <p className="mb-3 text-lg">{t("list.none")}</p> : null}
          <ul className="space-y-6">
            {person.enrollments.map((e) => (
              <li key={e.id} className="border-l-4 border-line pl-4" data-testid="enrollment">
                <p className="text-xl font-semibold">{t("list.reference", { reference: formatReference(e.reference) })}</p>
                <p className="text-lg">
                  {t("list.summary", { year: e.coverageYear, category: t(`categories.${e.category as "adult"}`), amount: formatMoney(e.payableFen ?? 0, locale) })}
                </p>
                <LiveStatus enrollmentId={e.id} initial={e.status} labels={statusLabels} prefix={t("list.status", { status: "" })} />
                {!e.byMe && e.actorName ? <p className="text-ink-soft">{t("list.byOther", { name: e.actorName })}</p> : null}
                {e.cancelledOn ? <p>{t("list.cancelled", { date: formatDate(e.cancelledOn, locale) })}</p> : null}
                {e.packChanged ? <p className="text-ink-soft">{t("list.packChanged")}</p> : null}
                {e.status !== "cancelled" ? (
                  <ol className="my-3 space-y-1" aria-label={t("list.reference", { reference: e.reference })}>
                    {e.timeline.map((step) => (
                      <li key={step.key} className={step.state === "done" ? "font-semibold" : step.state === "current" ? "" : "text-ink-soft"}>
                        <span aria-hidden="true">{step.state === "done" ? "● " : step.state === "current" ? "◐ " : "○ "}</span>
                        {step.date ? t("list.timelineDate", { step: t(`list.timeline.${step.key}`), date: formatDate(step.date, locale) }) : t(`list.timeline.${step.key}`)}
                        <span className="sr-only">
                          {" "}
                          ({t(step.state === "done" ? "list.stateDone" : step.state === "current" ? "list.stateCurrent" : "list.stateUpcoming")})
                        </span>
                      </li>
                    ))}
                  </ol>
                ) : null}
                {e.status === "registered" ? (
                  <p className="flex flex-wrap gap-4">
                    <ButtonLink href="/pay">{t("list.pay")}</ButtonLink>
                    <Link href={`/me/enrollments/${e.id}/cancel`} className="inline-flex min-h-12 items-center text-lg">
                      {t("list.cancel")}
                      <span className="sr-only"> {t("list.cancelLabel", { year: e.coverageYear, reference: e.reference })}</span>
                    </Link>
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <ButtonLink href="/register">{t("list.register")}</ButtonLink>
    </>
  );
}
