import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { sourceLink } from "@/components/rules/reason-text";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { FigureChange, PolicyDescription } from "@/lib/rules";
import { figureWords } from "./figure-words";

type Props = { pack: PolicyDescription; previous: PolicyDescription | undefined; changes: FigureChange[]; locale: Locale };

/** A region's year against the year before, for residents: key dates, then each figure that differs with its clause. */
export async function PolicyChangesView({ pack, previous, changes, locale }: Props) {
  const t = await getTranslations("policies.changes");
  const tRegion = (await getTranslations("region")) as unknown as (key: string) => string;
  const words = await figureWords(pack, locale);
  const year = pack.coverageYear;
  const previousYear = previous?.coverageYear ?? year - 1;
  const periods = ["registration", "payment", "coverage"] as const;
  const sources = await Promise.all(changes.map((change) => sourceLink((change.after ?? change.before)!.source)));
  const provisional = changes.some((change) => change.after?.status === "provisional");

  return (
    <article className="max-w-3xl">
      <PageHeading caption={t("caption")} lead={previous ? t("lead", { year, previousYear }) : undefined}>
        {t("title", { region: tRegion(pack.region), year })}
      </PageHeading>
      {pack.projected ? <p className="mb-6 border-l-4 border-danger pl-3 text-lg font-semibold">{t("projected", { year, previousYear })}</p> : null}

      <section aria-labelledby="key-dates" className="mb-8">
        <h2 id="key-dates" className="mb-3 text-2xl font-bold">
          {t("keyDatesHeading", { year })}
        </h2>
        <dl className="border-t border-line text-lg">
          {periods.map((period) => (
            <div key={period} className="grid gap-1 border-b border-line py-3 sm:grid-cols-[1fr_2fr] sm:gap-4" data-columns>
              <dt className="font-semibold">{words.label(`periods.${period}`)}</dt>
              <dd>{words.value(`periods.${period}`, pack.periods[period])}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="changed" className="mb-8">
        <h2 id="changed" className="mb-3 text-2xl font-bold">
          {t("changedHeading")}
        </h2>
        {!previous ? (
          <p className="text-lg">{t("noPrevious")}</p>
        ) : changes.length === 0 ? (
          <p className="text-lg">{t("noChanges", { previousYear })}</p>
        ) : (
          <ul className="space-y-4" data-testid="policy-changes">
            {changes.map((change, index) => {
              const link = sources[index]!;
              return (
                <li key={change.path} className="border-2 border-line p-4 text-lg">
                  <h3 className="mb-2 text-xl font-bold">{words.label(change.path)}</h3>
                  <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                    <dt className="font-semibold">{t("before", { previousYear })}</dt>
                    <dd>{change.before ? words.value(change.path, change.before.value) : t("added")}</dd>
                    <dt className="font-semibold">{t("after", { year })}</dt>
                    <dd>
                      {change.after ? words.value(change.path, change.after.value) : t("removed")}
                      {change.after?.status === "provisional" ? <span className="ml-2 font-semibold">{t("provisionalMark")}</span> : null}
                    </dd>
                    <dt className="font-semibold">{t("source")}</dt>
                    <dd>
                      <Link href={link.href}>{t("clause", { document: link.document, clause: link.clause })}</Link>
                    </dd>
                  </dl>
                </li>
              );
            })}
          </ul>
        )}
        {provisional ? <p className="mt-4 text-lg">{t("provisional")}</p> : null}
      </section>

      <ul className="no-print flex flex-wrap gap-x-6 gap-y-2 text-lg">
        <li>
          <Link href="/check">{t("checkLink")}</Link>
        </li>
        <li>
          <Link href="/sources">{t("allSources")}</Link>
        </li>
      </ul>
    </article>
  );
}
