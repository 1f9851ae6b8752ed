import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CodeView, type ResendOutcome } from "@/components/sign-in/CodeView";
import { outboxEnabled } from "@/lib/auth/outbox";
import { currentSession, pendingChallengeId } from "@/lib/auth/request";
import { challengePhone } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/client";
import { maskPhone } from "@/lib/identity/phone";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { resendCodeAction, verifyCodeAction } from "../actions";
import { browserMessages } from "../messages";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.code" });
  return { title: t("title") };
}

export default async function CodePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (session?.personId) return redirect({ href: "/me", locale });
  const phone = await challengePhone(await getDb(), await pendingChallengeId());
  if (!phone) return redirect({ href: "/sign-in?stale=1", locale });
  const query = await searchParams;
  const wait = Number(query.wait);
  const resend: ResendOutcome = query.resent
    ? { sent: true }
    : Number.isInteger(wait) && wait > 0 && wait <= 86_400
      ? { sent: false, waitSeconds: wait, limit: query.limit === "count" ? "count" : "resend" }
      : null;
  return (
    <CodeView
      phoneMasked={maskPhone(phone)}
      verifyAction={verifyCodeAction.bind(null, locale)}
      resendAction={resendCodeAction.bind(null, locale)}
      resend={resend}
      demo={outboxEnabled()}
      messages={await browserMessages(locale)}
    />
  );
}
