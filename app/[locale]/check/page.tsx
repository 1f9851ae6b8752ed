import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { use } from "react";
import { PageHeading } from "@/components/ui/PageHeading";
import { Button } from "@/components/ui/Button";
import { today } from "@/lib/clock";
import { openPacks } from "@/lib/rules";
import type { Locale } from "@/lib/i18n/routing";
import { startCheck } from "./actions";

// Which packs are open depends on today's date: render statically, refresh hourly.
export const revalidate = 3600;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "check.start" });
  return { title: t("title") };
}

export default function CheckStartPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  return <Start locale={locale} />;
}

async function Start({ locale }: { locale: Locale }) {
  const t = await getTranslations("check.start");
  const open = openPacks(today()).length > 0;
  return (
    <div className="max-w-2xl">
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <h2 className="mb-2 text-2xl font-bold">{t("askHeading")}</h2>
      <ul className="mb-6 list-disc space-y-1 pl-6 text-lg">
        <li>{t("askWhere")}</li>
        <li>{t("askBirth")}</li>
        <li>{t("askStatus")}</li>
        <li>{t("askHistory")}</li>
      </ul>
      <p className="mb-2 text-lg">{t("time")}</p>
      <p className="mb-2 text-lg">{t("forWhom")}</p>
      <p className="mb-6 text-lg">{t("noSignIn")}</p>
      {open ? (
        <form action={startCheck.bind(null, locale)} className="mb-6">
          <Button className="text-xl">{t("button")}</Button>
        </form>
      ) : (
        <p className="mb-6 text-lg font-semibold">{t("nothingOpen")}</p>
      )}
      <p className="text-ink-soft">{t("privacy")}</p>
    </div>
  );
}
