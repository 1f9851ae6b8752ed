import { getLocale, getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { formatReference } from "@/lib/numbers/enrollment-reference";
import { formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatNoticeNumber } from "@/lib/numbers/notice-number";
import type { PersonPayables } from "@/lib/services/payment/payables";

export type StartError = "not-payable" | "nothing-to-pay" | "already-paid" | "not-found" | "busy" | "refused";

/** J5 start: for each person I may act for, their payment notices and what they can get a notice for. */
export async function PayStartView({ people, error, issue }: { people: PersonPayables[]; error: StartError | null; issue: (formData: FormData) => Promise<void> }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("payment");
  const money = (fen: number | null) => formatMoney(fen ?? 0, locale);
  return (
    <>
      {error ? (
        <NotificationBanner title={t("start.errorTitle")}>
          <p>{t(`start.errors.${error}`)}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={t("start.lead")}>
        {t("start.title")}
      </PageHeading>
      {people.map((person) => (
        <section key={person.personId} aria-labelledby={`pay-${person.personId}`} className="mb-10" data-testid="pay-person">
          <h2 id={`pay-${person.personId}`} className="mb-1 text-2xl font-bold">
            {person.name}
          </h2>
          <p className="text-ink-soft mb-3 text-lg">
            {t(`actingAs.${person.actingAs}`)} · {person.idNumberMasked}
          </p>
          {person.notices.length === 0 && person.payables.length === 0 ? <p className="text-lg">{t("start.none")}</p> : null}
          <ul className="space-y-4">
            {person.notices.map((n) => (
              <li key={n.number} className="border-l-4 border-line pl-4 text-lg">
                <p>{t("start.noticeLine", { year: n.coverageYear, number: formatNoticeNumber(n.number), amount: money(n.amountFen), state: t(`states.${n.state}`) })}</p>
                <Link href={`/pay/${n.number}`} className="inline-flex min-h-12 items-center">
                  {t("start.viewNotice")}
                  <span className="sr-only"> {t("start.viewNoticeLabel", { number: n.number })}</span>
                </Link>
              </li>
            ))}
            {person.payables.map((p) => (
              <li key={p.kind === "enrollment" ? p.enrollmentId : `renewal-${p.coverageYear}`} className="border-l-4 border-brand pl-4 text-lg">
                <p className="mb-2">
                  {p.kind === "enrollment"
                    ? t("start.payableEnrollment", { year: p.coverageYear, reference: formatReference(p.reference), amount: money(p.amountFen) })
                    : t("start.payableRenewal", { year: p.coverageYear, amount: money(p.amountFen) })}
                </p>
                <form action={issue}>
                  <input type="hidden" name="kind" value={p.kind} />
                  <input type="hidden" name="id" value={p.kind === "enrollment" ? p.enrollmentId : person.personId} />
                  <Button>
                    {t("start.getNotice")}
                    <span className="sr-only"> {t("start.getNoticeLabel", { name: person.name, year: p.coverageYear })}</span>
                  </Button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="text-lg">
        {t("start.registerHint")} <Link href="/register">{t("start.registerLink")}</Link>
      </p>
      <p className="mt-6">
        <ButtonLink href="/me/enrollments" variant="secondary">
          {(await getTranslations("enrollment.list"))("title")}
        </ButtonLink>
      </p>
    </>
  );
}
