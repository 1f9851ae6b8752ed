import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RecoveryCodesView } from "@/components/office/sign-in/RecoveryCodesView";
import { recoveryCodesFor } from "@/lib/auth/staff/enrolment";
import { pendingSignInToken } from "@/lib/auth/staff/request";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { requirePendingStage } from "@/lib/web/staff-sign-in";
import { acknowledgeRecoveryCodesAction } from "../actions";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.recoveryCodes" });
  return { title: t("title") };
}

export default async function RecoveryCodesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePendingStage(locale, "recovery-codes");
  const codes = await recoveryCodesFor(await getDb(), await pendingSignInToken(), now());
  if (!codes) return redirect({ href: "/office/sign-in?stale=1", locale });
  return <RecoveryCodesView codes={codes} action={acknowledgeRecoveryCodesAction.bind(null, locale)} />;
}
