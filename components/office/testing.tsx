/** Rendering the console's server views in tests: next-intl's server half on the real messages, and the async components awaited. */
import type { ReactNode } from "react";
import { prerender } from "react-dom/static";
import { createTranslator } from "use-intl/core";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";

/** The page being rendered: a test's vi.hoisted object, read by the mocks below. */
export type TestPage = { locale: Locale; messages: Record<string, unknown> };

/** For vi.mock("next-intl/server", …): the server half needs a Next.js request; here it is the page's messages. */
export function intlServer(page: TestPage) {
  return {
    getLocale: async () => page.locale,
    getTranslations: async (arg?: string | { namespace?: string }) =>
      createTranslator({ locale: page.locale, messages: page.messages as never, namespace: (typeof arg === "string" ? arg : arg?.namespace) as never }),
  };
}

/** For vi.mock("@/lib/i18n/navigation", …): a Link that is a plain anchor under the page's locale. */
export function navigation(page: TestPage) {
  return {
    Link: ({ href, children, ...rest }: { href: string; children: ReactNode }) => (
      <a href={`/${page.locale}${href}`} {...rest}>
        {children}
      </a>
    ),
  };
}

/** Renders a server view in a locale, nested async components included (renderToStaticMarkup cannot wait for them). */
export async function renderIn(page: TestPage, locale: Locale, node: ReactNode): Promise<HTMLElement> {
  page.locale = locale;
  page.messages = await loadMessages(locale);
  const { prelude } = await prerender(node);
  const container = document.createElement("div");
  container.innerHTML = await new Response(prelude).text();
  return container;
}
