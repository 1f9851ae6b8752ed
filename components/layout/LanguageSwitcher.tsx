"use client";

import { useLocale } from "next-intl";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";

/**
 * Links to the current page in the other languages. A client component only so that it can read
 * the current path; it renders plain links, which work without JavaScript.
 */
export function LanguageSwitcher({ label, names }: { label: string; names: Record<Locale, string> }) {
  const pathname = usePathname();
  const current = useLocale();
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
              <Link href={pathname} locale={locale} lang={locale} hrefLang={locale} className="inline-flex min-h-12 items-center !text-white">
                {names[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
