import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

type CheckTranslator = { (key: string, values?: Record<string, number>): string; has: (key: string) => boolean };

/** An assistance group's name in the page's language (J1's words for it), else the pack's zh-Hans label. */
export async function groupLabeller(locale?: Locale): Promise<(region: string, group: string, label: string, coverageYear: number) => string> {
  const t = (await (locale ? getTranslations({ locale, namespace: "check" }) : getTranslations("check"))) as unknown as CheckTranslator;
  return (region, group, label, coverageYear) => {
    const key = `assistance.groups.${region}.${group}`;
    return t.has(key) ? t(key, { year: coverageYear }) : label;
  };
}
