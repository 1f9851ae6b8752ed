import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInView, type SignInNotice } from "@/components/sign-in/SignInView";
import { outboxEnabled } from "@/lib/auth/outbox";
import { currentSession } from "@/lib/auth/request";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { sendCodeAction } from "./actions";
import { browserMessages } from "./messages";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.start" });
  return { title: t("title") };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (session) return redirect({ href: session.personId ? "/me" : "/sign-in/real-name", locale });
  const query = await searchParams;
  const notice: SignInNotice =
    query.signedOut === "everywhere"
      ? "signedOutEverywhere"
      : query.signedOut
        ? "signedOut"
        : query.ended
          ? "sessionEnded"
          : query.stale
            ? "stale"
            : null;
  return <SignInView action={sendCodeAction.bind(null, locale)} notice={notice} demo={outboxEnabled()} messages={await browserMessages(locale)} />;
}
