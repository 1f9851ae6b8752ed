import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SecondFactorView } from "@/components/office/sign-in/SecondFactorView";
import type { Locale } from "@/lib/i18n/routing";
import { requirePendingStage } from "@/lib/web/staff-sign-in";
import { secondFactorAction } from "../actions";
import { browserMessages } from "../messages";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.code" });
  return { title: t("title") };
}

export default async function SecondFactorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const pending = await requirePendingStage(locale, "second-factor");
  return <SecondFactorView staffNumber={pending.staffNumber} action={secondFactorAction.bind(null, locale)} messages={await browserMessages(locale, ["codeRequired", "secondFactorFormat"])} />;
}
