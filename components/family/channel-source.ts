import type { Locale } from "@/lib/i18n/routing";
import { chineseNumeral } from "@/lib/sources/clauses";
import { SOURCE_DOCUMENTS } from "@/lib/sources/documents";

/**
 * The link to the question and answer a pack cites for the channel rule ("<document>#<clause>", clause 问答<n>),
 * and the values of its label (family.channelExamples.source): the document's year, and the
 * question's number as the page's language writes it (五, or 5 in English).
 */
export function channelSourceLink(source: string, locale: Locale): { href: string; values: { year: string; question: string } } {
  const [document = "", clause = ""] = source.split("#");
  const year = SOURCE_DOCUMENTS.find((d) => d.id === document)?.coverageYear;
  const numeral = clause.replace(/^问答/, "");
  return {
    href: `/sources/${source}`,
    values: { year: year === undefined ? "" : String(year), question: locale === "en" ? String(chineseNumeral(numeral)) : numeral },
  };
}
