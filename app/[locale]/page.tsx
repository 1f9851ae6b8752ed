import { getTranslations, setRequestLocale } from "next-intl/server";
import { use } from "react";
import { KeyDates } from "@/components/home/KeyDates";
import { ServiceHall } from "@/components/home/ServiceHall";
import { PageHeading } from "@/components/ui/PageHeading";
import { today } from "@/lib/clock";
import type { Locale } from "@/lib/i18n/routing";
import { currentPeriods, describePack } from "@/lib/rules";

// The key dates depend on today's date: render statically, refresh hourly.
export const revalidate = 3600;

export default function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = use(params);
  setRequestLocale(locale);
  return <Home />;
}

async function Home() {
  const t = await getTranslations("home");
  const date = today();
  return (
    <>
      <PageHeading lead={t("intro")}>{t("title")}</PageHeading>
      <ServiceHall />
      <KeyDates policies={currentPeriods(date).map((pack) => describePack(pack))} />
    </>
  );
}
