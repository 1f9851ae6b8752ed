import { getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { PolicyDescription, Reason } from "@/lib/rules";
import { assistanceLabel, checkTranslator } from "@/components/check/step-view";

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The words of a rules reason (messages/reasons) with its parameters made readable: dates in the
 * page's language, and the pack's zh-Hans group labels replaced by their translations (when the
 * pack is given; only J1's reasons name groups).
 */
export async function reasonWords(pack: PolicyDescription | undefined, locale: Locale): Promise<(reason: Pick<Reason, "code" | "params">) => string> {
  const t = (await getTranslations("reasons")) as unknown as (key: string, values?: Record<string, string | number>) => string;
  const tCheck = await checkTranslator();
  const separator = locale === "en" ? "; " : "、";
  const groupWords = (labels: string) =>
    (pack ? pack.assistance.filter((group) => labels.includes(group.label)).map((group) => assistanceLabel(tCheck, pack, group.code)) : []).join(separator) || labels;
  return ({ code, params = {} }) => {
    const values = Object.fromEntries(
      Object.entries(params).map(([name, value]) => [
        name,
        typeof value === "string" && PLAIN_DATE.test(value)
          ? formatDate(value, locale)
          : (name === "groups" || name === "group") && typeof value === "string"
            ? groupWords(value)
            : value,
      ]),
    );
    return t(code, values);
  };
}

/** "<document>#<clause>" (a reason's source) → the document's title and the clause, for the source link. */
export async function sourceLink(source: string): Promise<{ href: string; document: string; clause: string }> {
  const tSources = (await getTranslations("sources.documents")) as unknown as (key: string) => string;
  const [document = "", clause = ""] = source.split("#");
  return { href: `/sources/${document}#${clause}`, document: tSources(`${document}.title`), clause };
}
