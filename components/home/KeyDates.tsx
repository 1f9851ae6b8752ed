import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PolicyDescription } from "@/lib/rules";

/** The key dates of the registration period that is open, or next to open, in each region. */
export async function KeyDates({ policies }: { policies: PolicyDescription[] }) {
  const t = await getTranslations("home");
  const tRegion = await getTranslations("region");
  const locale = (await getLocale()) as Locale;
  const range = (r: { start: string; end: string }) => t("dateRange", { start: formatDate(r.start, locale), end: formatDate(r.end, locale) });
  if (policies.length === 0) return <p className="mb-10 text-lg">{t("noOpenPeriod")}</p>;
  return (
    <div className="mb-10 grid gap-6 md:grid-cols-2" data-columns>
      {policies.map((policy) => (
        <section key={policy.id} aria-labelledby={`dates-${policy.id}`} className="border-l-8 border-brand bg-surface p-4">
          <h2 id={`dates-${policy.id}`} className="mb-1 text-xl font-bold">
            {t("keyDatesHeading", { year: policy.coverageYear })}
          </h2>
          <p className="mb-3 text-lg font-semibold">{tRegion(policy.region)}</p>
          {policy.projected ? (
            <p className="mb-3 border-l-4 border-danger pl-3">
              {t("projected", { year: policy.coverageYear, baseYear: policy.coverageYear - 1 })}
            </p>
          ) : null}
          <dl className="space-y-2">
            <div>
              <dt className="font-semibold">{t("registration")}</dt>
              <dd>{range(policy.periods.registration)}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t("payment")}</dt>
              <dd>{range(policy.periods.payment)}</dd>
            </div>
            <div>
              <dt className="font-semibold">{t("coverage")}</dt>
              <dd>{range(policy.periods.coverage)}</dd>
            </div>
          </dl>
          {policy.sources[0] ? (
            <p className="mt-3">
              <Link href={`/sources/${policy.sources[0]}`}>{t("sourceLink")}</Link>
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}
