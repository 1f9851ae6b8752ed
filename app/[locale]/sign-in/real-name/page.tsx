import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RealNameView } from "@/components/sign-in/RealNameView";
import { currentSession } from "@/lib/auth/request";
import { maskPhone } from "@/lib/identity/phone";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { bindRealNameAction } from "../actions";
import { browserMessages } from "../messages";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.realName" });
  return { title: t("title") };
}

export default async function RealNamePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (session.personId) return redirect({ href: "/me", locale });
  return <RealNameView phoneMasked={maskPhone(session.phone)} action={bindRealNameAction.bind(null, locale)} messages={await browserMessages(locale)} />;
}
