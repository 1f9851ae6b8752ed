import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { use } from "react";
import { NotFoundView } from "@/components/NotFoundView";
import type { Locale } from "@/lib/i18n/routing";

export const metadata: Metadata = { robots: { index: false } };

/** The not-found page as a page of its own, served with status 404 by the catch-all route. */
export default function PageNotFound({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale(use(params).locale);
  return <NotFoundView />;
}
