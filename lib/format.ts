import type { Locale } from "./i18n/routing";

const INTL_LOCALE: Record<Locale, string> = { "zh-Hans": "zh-CN", "zh-Hant": "zh-TW", en: "en-GB" };

/** Money is held in integer fen and shown in yuan: ¥780.00 in every locale. */
export function formatMoney(fen: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
  }).format(fen / 100);
}

/** A plain calendar date (YYYY-MM-DD): 2026年1月1日 in Chinese, 1 January 2026 in English. */
export function formatDate(isoDate: string, locale: Locale): string {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    year: "numeric",
    month: "long",
    day: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}

/** A time of day in Asia/Shanghai (14:05), for "try again after …". */
export function formatShanghaiTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(instant);
}

/** A rate held in basis points (9950) as a percentage: 99.5% (up to two decimals, never rounded up past what the basis points say). */
export function formatBasisPoints(basisPoints: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}
