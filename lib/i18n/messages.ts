import type { Locale } from "./routing";

/**
 * Message files: messages/<locale>.json holds the shared UI strings; each feature keeps its own
 * namespace in messages/<namespace>/<locale>.json (reasons: the rules' reason texts).
 */
export const MESSAGE_NAMESPACES = ["reasons", "check", "signIn", "account", "errorPage", "enrollment", "payment", "family", "office", "officeReports", "officeQueues", "policies"] as const;

export async function loadMessages(locale: Locale) {
  const [core, ...namespaces] = await Promise.all([
    import(`../../messages/${locale}.json`).then((m) => m.default),
    ...MESSAGE_NAMESPACES.map((ns) => import(`../../messages/${ns}/${locale}.json`).then((m) => m.default)),
  ]);
  return { ...core, ...Object.fromEntries(MESSAGE_NAMESPACES.map((ns, i) => [ns, namespaces[i]])) };
}
