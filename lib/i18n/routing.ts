import { defineRouting } from "next-intl/routing";

export const locales = ["zh-Hans", "zh-Hant", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "zh-Hans";

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // proxy.ts negotiates the locale itself (zh-TW → zh-Hant and so on), see negotiate.ts.
  localeDetection: false,
  localeCookie: false,
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}
