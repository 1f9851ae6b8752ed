"use client";

import { useParams } from "next/navigation";
import en from "@/messages/errorPage/en.json";
import zhHans from "@/messages/errorPage/zh-Hans.json";
import zhHant from "@/messages/errorPage/zh-Hant.json";

// The error boundary is a client component on every page: it reads its three short messages
// directly instead of bringing next-intl's formatter to the browser.
const MESSAGES: Record<string, typeof zhHans> = { "zh-Hans": zhHans, "zh-Hant": zhHant, en };

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const locale = useParams<{ locale: string }>().locale;
  const t = MESSAGES[locale] ?? zhHans;
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t.title}</h1>
      <p className="mb-6 text-xl">{t.body}</p>
      <button type="button" onClick={reset} className="min-h-12 rounded bg-brand px-5 py-2 text-lg font-semibold text-white">
        {t.retry}
      </button>
    </>
  );
}
