import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PolicyDescription, Reason } from "@/lib/rules";
import { reasonWords, sourceLink } from "./reason-text";

type Props = {
  reasons: readonly Reason[];
  /** The pack the reasons come from, to put J1's assistance-group labels into words. */
  pack?: PolicyDescription;
  /**
   * "bullets": a list, each clause linked after the words (the document's title for screen
   * readers). "blocks": each reason a block with the document's title shown, as J1's printable
   * result has it.
   */
  layout?: "bullets" | "blocks";
  testId?: string;
};

/**
 * The rules' reasons in plain words (messages/reasons), dates in the page's language, each linked
 * to the clause of the policy text it comes from (/sources/<document>#<clause>).
 */
export async function ReasonList({ reasons, pack, layout = "bullets", testId }: Props) {
  if (reasons.length === 0) return null;
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("sources");
  const words = await reasonWords(pack, locale);
  const links = await Promise.all(reasons.map((reason) => sourceLink(reason.source)));
  if (layout === "blocks") {
    return (
      <ul className="space-y-4 text-lg" data-testid={testId}>
        {reasons.map((reason, index) => (
          <li key={`${reason.code}-${index}`} className="border-l-4 border-brand pl-3">
            <p>{words(reason)}</p>
            <p className="text-ink-soft">
              <Link href={links[index]!.href} className="print:no-underline">
                {t("reasonSourceInDocument", { document: links[index]!.document, clause: links[index]!.clause })}
              </Link>
            </p>
          </li>
        ))}
      </ul>
    );
  }
  return (
    <ul className="mb-4 list-disc space-y-2 pl-6 text-lg" data-testid={testId}>
      {reasons.map((reason, index) => (
        <li key={`${reason.code}-${index}`}>
          {words(reason)}{" "}
          <Link href={links[index]!.href} className="whitespace-nowrap">
            {t("reasonSource", { clause: links[index]!.clause })}
            <span className="sr-only"> {links[index]!.document}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
