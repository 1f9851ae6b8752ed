import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FaceCheckView } from "@/components/sign-in/FaceCheckView";
import { openFaceCheck } from "@/lib/auth/proofing";
import { currentSession } from "@/lib/auth/request";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { checkFaceAction } from "../../actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.face" });
  return { title: t("title") };
}

/** 刷脸认证 in progress: do it with the provider, then ask for the result. */
export default async function FacePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await currentSession();
  if (!session) return redirect({ href: "/sign-in?ended=1", locale });
  if (session.personId) return redirect({ href: "/me", locale });
  const open = await openFaceCheck(await getDb(), session.accountId, now());
  if (!open) return redirect({ href: "/sign-in/real-name/confirm", locale });
  const query = await searchParams;
  return (
    <FaceCheckView
      demoHref={open.provider === "local" ? `/dev/face/${open.providerRef}` : null}
      pending={query.pending === "1"}
      checkAction={checkFaceAction.bind(null, locale)}
    />
  );
}
