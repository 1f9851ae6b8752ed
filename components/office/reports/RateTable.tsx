import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { formatBasisPoints } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { RateCounts, Target } from "@/lib/services/office/reports/enrollment-rate";
import { TargetNote } from "./TargetNote";

type Heading = "population" | "registered" | "paid" | "covered" | "rate" | "target" | "reached" | "employees" | "nonLocalPaid";

export type RateLine = { key: string; label: string; counts: RateCounts; nonLocalPaid?: number; target?: Target | null };

/** 参保率 as a table: one row per district (or roster group), the total in the footer. Wide: it scrolls in its own box. */
export async function RateTable({ caption, first, lines, total, withTargets }: { caption: string; first: "district" | "group"; lines: RateLine[]; total: RateLine; withTargets: boolean }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeReports");
  const count = new Intl.NumberFormat(locale);
  const nonLocal = lines.some((line) => line.nonLocalPaid !== undefined);
  const cells = async (line: RateLine): Promise<ReactNode> => (
    <>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.population)}</td>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.registered)}</td>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.paid)}</td>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.covered)}</td>
      <td className="py-2 pr-4 text-right font-semibold">{line.counts.rate === null ? t("reached.none") : formatBasisPoints(line.counts.rate, locale)}</td>
      {withTargets ? <td className="py-2 pr-4">{line.target === undefined ? "" : <TargetNote target={line.target} />}</td> : null}
      <td className="py-2 pr-4">{line.counts.reached === null ? t("reached.none") : t(line.counts.reached ? "reached.yes" : "reached.no")}</td>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.employees)}</td>
      {nonLocal ? <td className="py-2 text-right">{count.format(line.nonLocalPaid ?? 0)}</td> : null}
    </>
  );
  const headings: Heading[] = ["population", "registered", "paid", "covered", "rate", ...(withTargets ? (["target"] as const) : []), "reached", "employees", ...(nonLocal ? (["nonLocalPaid"] as const) : [])];
  return (
    <div className="mb-6 overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full border-collapse text-left" data-testid={`rate-table-${first}`}>
        <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink align-bottom">
            <th scope="col" className="py-2 pr-4">
              {t(`columns.${first}`)}
            </th>
            {headings.map((heading) => (
              <th key={heading} scope="col" className="py-2 pr-4">
                {t(`columns.${heading}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {await Promise.all(
            lines.map(async (line) => (
              <tr key={line.key} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {line.label}
                </th>
                {await cells(line)}
              </tr>
            )),
          )}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-ink font-bold">
            <th scope="row" className="py-2 pr-4">
              {total.label}
            </th>
            {await cells(total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
