import type { Locale } from "@/lib/i18n/routing";

const INTL_LOCALE: Record<Locale, string> = { "zh-Hans": "zh-CN", "zh-Hant": "zh-TW", en: "en-GB" };

/** An instant as a date and time in Asia/Shanghai (the payment time on a notice and a receipt). */
export function formatInstant(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).format(instant);
}
