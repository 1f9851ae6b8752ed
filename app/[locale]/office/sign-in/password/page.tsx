import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewPasswordView } from "@/components/office/sign-in/NewPasswordView";
import type { Locale } from "@/lib/i18n/routing";
import { requirePendingStage } from "@/lib/web/staff-sign-in";
import { newPasswordAction } from "../actions";
import { browserMessages } from "../messages";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.newPassword" });
  return { title: t("title") };
}

export default async function NewPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const pending = await requirePendingStage(locale, "new-password");
  return (
    <NewPasswordView
      staffNumber={pending.staffNumber}
      action={newPasswordAction.bind(null, locale)}
      messages={await browserMessages(locale, ["passwordRequired", "passwordTooShort", "passwordTooLong", "confirmRequired", "confirmMismatch"])}
    />
  );
}
