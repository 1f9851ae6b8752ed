import { getTranslations } from "next-intl/server";
import { assistanceLabel, checkTranslator } from "@/components/check/step-view";
import { formatBasisPoints, formatDate, formatMoney } from "@/lib/format";
import type { Locale } from "@/lib/i18n/routing";
import type { PolicyDescription } from "@/lib/rules";

type Translate = ((key: string, values?: Record<string, string | number>) => string) & { has: (key: string) => boolean };

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONEY = /(^|\.)(individual|government|amount|perYear|zeroClaim|cap|longTermCare)$/;
/** The unit of a count, by the figure's name (a figure holds a bare number). */
const UNITS: [RegExp, string][] = [
  [/^categoryScheme\.|maxAgeOnBaseDate$/, "age"],
  [/maxMonthsOld$/, "monthsOld"],
  [/startsInMonth$/, "nth"],
  [/(fixedMonths|monthsPerGapYear|continuityWithinMonths|newborn\.months)$/, "months"],
  [/(late\.days|newborn\.days)$/, "days"],
  [/claimAfterWorkingDays$/, "workingDays"],
  [/afterYears$/, "years"],
];

/**
 * A pack's figures in plain words for the page's language: what each is called (by its dotted
 * path, as the pack file names it) and its value, amounts in yuan and dates as the locale writes them.
 */
export async function figureWords(pack: PolicyDescription, locale: Locale) {
  const t = (await getTranslations("policies")) as unknown as Translate;
  const tCheck = await checkTranslator();
  const tFamily = (await getTranslations("family")) as unknown as Translate;
  const tCategory = (category: string) => tCheck(`category.${category}`);
  const separator = locale === "en" ? ", " : "、";

  function label(path: string): string {
    const parts = path.split(".");
    const [head, second, third] = parts;
    if (head === "fees" && second && third) return t(`figures.fee.${third}`, { category: tCategory(second) });
    if (head === "assistance" && second && third) return t(`figures.assistance.${third}`, { group: assistanceLabel(tCheck, pack, second) });
    if (head === "late" && second === "lateFees" && third && parts[3]) return t(`figures.late.${parts[3]}`, { number: Number(third) + 1 });
    if (head === "admission" && parts.at(-1)) {
      const key = `figures.admission.${parts.at(-1)}`;
      if (t.has(key)) return t(key);
    }
    if (head === "targets" && parts.at(-1)) {
      const key = `figures.targets.${parts.at(-1)}`;
      if (t.has(key)) return t(key);
    }
    const key = `figures.${path}`;
    return t.has(key) && typeof t(key) === "string" ? t(key) : t("figures.other", { path });
  }

  function value(path: string, raw: unknown): string {
    if (raw === undefined || raw === null) return t("values.none");
    if (typeof raw === "boolean") return t(raw ? "values.yes" : "values.no");
    if (typeof raw === "string") {
      if (PLAIN_DATE.test(raw)) return formatDate(raw, locale);
      if (t.has(`values.province.${raw}`) && path.endsWith("Province")) return t(`values.province.${raw}`);
      if (t.has(`values.city.${raw}`) && path.endsWith("City")) return t(`values.city.${raw}`);
      return raw;
    }
    if (typeof raw === "number") {
      if (MONEY.test(path)) return formatMoney(raw, locale);
      if (path.startsWith("targets.")) return formatBasisPoints(raw, locale);
      const unit = UNITS.find(([pattern]) => pattern.test(path))?.[1];
      return unit ? t(`values.${unit}`, { count: raw }) : String(raw);
    }
    if (Array.isArray(raw)) {
      if (raw.length === 0) return t("values.none");
      const words = raw.map((item) => {
        const text = String(item);
        if (path.endsWith("relations")) return tFamily(`relations.${text}`);
        if (path.endsWith("groups")) return assistanceLabel(tCheck, pack, text);
        return PLAIN_DATE.test(text) ? formatDate(text, locale) : text;
      });
      return words.join(separator);
    }
    if (typeof raw === "object" && "start" in raw && "end" in raw) {
      return t("values.range", { start: formatDate(String(raw.start), locale), end: formatDate(String(raw.end), locale) });
    }
    return JSON.stringify(raw);
  }

  return { label, value };
}
