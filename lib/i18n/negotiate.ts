import { defaultLocale, type Locale } from "./routing";

type Range = { tag: string; q: number; order: number };

function parseAcceptLanguage(header: string): Range[] {
  return header
    .split(",")
    .map((part, order) => {
      const [rawTag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { tag: rawTag.trim().toLowerCase(), q: Number.isFinite(q) ? q : 0, order };
    })
    .filter((r) => r.tag !== "" && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
}

const TRADITIONAL_REGIONS = new Set(["tw", "hk", "mo"]);

/** Maps one language tag to a portal locale, or null when the tag names no language the portal speaks. */
export function localeForTag(tag: string): Locale | null {
  const [language, ...subtags] = tag.toLowerCase().split("-");
  if (language === "zh") {
    if (subtags.includes("hant")) return "zh-Hant";
    if (subtags.includes("hans")) return "zh-Hans";
    if (subtags.some((s) => TRADITIONAL_REGIONS.has(s))) return "zh-Hant";
    return "zh-Hans";
  }
  if (language === "en") return "en";
  return null;
}

/**
 * zh-TW, zh-HK, zh-MO and zh-Hant-* → zh-Hant; zh, zh-CN, zh-SG and zh-Hans-* → zh-Hans;
 * en-* → en; anything else → zh-Hans. The first acceptable range by q-value wins.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  for (const range of parseAcceptLanguage(acceptLanguage)) {
    const locale = localeForTag(range.tag);
    if (locale) return locale;
  }
  return defaultLocale;
}
