import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OldPhoneCodeView } from "@/components/sign-in/OldPhoneCodeView";
import { faceVerifier } from "@/lib/auth/face-verification";
import { loadClaim } from "@/lib/auth/proofing";
import { currentSession } from "@/lib/auth/request";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { verifyOldPhoneCodeAction } from "../../actions";
import { browserMessages } from "../../messages";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.oldPhone" });
  return { title: t("title") };
}

/** Moving a binding: type the code that went to the phone already bound. */
export default async function OldPhonePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (session.personId) return redirect({ href: "/me", locale });
  const claim = await loadClaim(await getDb(), session.accountId, faceVerifier() !== null, now());
  if (!claim) return redirect({ href: "/sign-in/real-name", locale });
  return <OldPhoneCodeView action={verifyOldPhoneCodeAction.bind(null, locale)} messages={await browserMessages(locale)} />;
}
