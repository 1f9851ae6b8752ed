import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StaffSignInView, type StaffSignInNotice } from "@/components/office/sign-in/StaffSignInView";
import { currentStaff } from "@/lib/auth/staff/request";
import { demoMode } from "@/lib/deployment";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffSignInAction } from "./actions";
import { browserMessages } from "./messages";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.signIn" });
  return { title: t("title") };
}

function noticeFrom(query: Record<string, string | string[] | undefined>): StaffSignInNotice {
  const locked = Number(query.locked);
  if (Number.isInteger(locked) && locked > 0 && locked <= 60) return { kind: "locked", minutes: locked };
  if (query.signedOut === "everywhere") return { kind: "signedOutEverywhere" };
  if (query.signedOut) return { kind: "signedOut" };
  if (query.disabled) return { kind: "disabled" };
  if (query.ended) return { kind: "ended" };
  if (query.stale) return { kind: "stale" };
  return null;
}

export default async function StaffSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (await currentStaff()) return redirect({ href: "/office", locale });
  return (
    <StaffSignInView
      action={staffSignInAction.bind(null, locale)}
      notice={noticeFrom(await searchParams)}
      demo={demoMode()}
      messages={await browserMessages(locale, ["staffNumberRequired", "staffNumberFormat", "passwordRequired"])}
    />
  );
}
