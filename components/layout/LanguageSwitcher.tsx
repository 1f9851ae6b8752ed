"use client";

import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";

/**
 * Links to the current page in the other languages. A client component only so that it can read
 * the current path; it renders plain links, which work without JavaScript. It uses Next.js's own
 * hooks rather than next-intl's, so that no message-formatting code reaches the browser.
 */
export function LanguageSwitcher({ label, names }: { label: string; names: Record<Locale, string> }) {
  const pathname = usePathname();
  const current = useParams<{ locale: string }>().locale;
  const rest = pathname.split("/").slice(2).join("/");
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-x-4">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span className="inline-flex min-h-12 items-center font-bold" aria-current="true" lang={locale}>
                {names[locale]}
              </span>
            ) : (
              <Link href={`/${locale}${rest ? `/${rest}` : ""}`} lang={locale} hrefLang={locale} className="inline-flex min-h-12 items-center !text-white">
                {names[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
