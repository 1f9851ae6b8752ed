import { getLocale, getTranslations } from "next-intl/server";
import { formatBasisPoints } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { RateCounts, Target } from "@/lib/services/office/reports/enrollment-rate";
import { ReportTable } from "./ReportTable";
import { TargetNote } from "./TargetNote";

type Heading = "population" | "registered" | "paid" | "covered" | "rate" | "target" | "reached" | "employees" | "nonLocalPaid";

export type RateLine = { key: string; label: string; counts: RateCounts; nonLocalPaid?: number; target?: Target | null };

/** 参保率 as a table: one row per district (or roster group), the total in the footer. */
export async function RateTable({ caption, first, lines, total, withTargets }: { caption: string; first: "district" | "group"; lines: RateLine[]; total: RateLine; withTargets: boolean }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("officeReports");
  const count = new Intl.NumberFormat(locale);
  const nonLocal = lines.some((line) => line.nonLocalPaid !== undefined);
  const headings: Heading[] = ["population", "registered", "paid", "covered", "rate", ...(withTargets ? (["target"] as const) : []), "reached", "employees", ...(nonLocal ? (["nonLocalPaid"] as const) : [])];
  const row = (line: RateLine, className: string) => (
    <tr key={line.key} className={className}>
      <th scope="row" className="py-2 pr-4 font-semibold">
        {line.label}
      </th>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.population)}</td>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.registered)}</td>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.paid)}</td>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.covered)}</td>
      <td className="py-2 pr-4 text-right font-semibold">{line.counts.rate === null ? t("reached.none") : formatBasisPoints(line.counts.rate, locale)}</td>
      {withTargets ? <td className="py-2 pr-4">{line.target === undefined ? "" : <TargetNote target={line.target} />}</td> : null}
      <td className="py-2 pr-4">{line.counts.reached === null ? t("reached.none") : t(line.counts.reached ? "reached.yes" : "reached.no")}</td>
      <td className="py-2 pr-4 text-right">{count.format(line.counts.employees)}</td>
      {nonLocal ? <td className="py-2 text-right">{count.format(line.nonLocalPaid ?? 0)}</td> : null}
    </tr>
  );
  return (
    <ReportTable id={`rate-table-${first}`} caption={caption} headings={[t(`columns.${first}`), ...headings.map((heading) => t(`columns.${heading}`))]}>
      <tbody>{lines.map((line) => row(line, "border-b border-line"))}</tbody>
      <tfoot>{row(total, "border-t-2 border-ink font-bold")}</tfoot>
    </ReportTable>
  );
}
