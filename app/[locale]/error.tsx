"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
      <p className="mb-6 text-xl">{t("body")}</p>
      <button type="button" onClick={reset} className="min-h-12 rounded bg-brand px-5 py-2 text-lg font-semibold text-white">
        {t("retry")}
      </button>
    </>
  );
}
