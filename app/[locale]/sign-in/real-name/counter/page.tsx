import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CounterRouteView } from "@/components/sign-in/CounterRouteView";
import { currentSession } from "@/lib/auth/request";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.counter" });
  return { title: t("title") };
}

/** The assisted route, for anyone: what to bring to the counter and what will be asked. */
export default async function CounterPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  return <CounterRouteView backHref={session && !session.personId ? "/sign-in/real-name" : "/sign-in"} />;
}
