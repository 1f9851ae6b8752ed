import type { Locale } from "./routing";

/** Loads every message file of a locale: the UI strings and the rules' reason texts. */
export async function loadMessages(locale: Locale) {
  const [ui, reasons] = await Promise.all([
    import(`../../messages/${locale}.json`).then((m) => m.default),
    import(`../../messages/reasons/${locale}.json`).then((m) => m.default),
  ]);
  return { ...ui, reasons };
}
