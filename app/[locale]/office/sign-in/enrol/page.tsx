import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EnrolView } from "@/components/office/sign-in/EnrolView";
import { enrolmentFor } from "@/lib/auth/staff/enrolment";
import { pendingSignInToken } from "@/lib/auth/staff/request";
import { groupedSecret } from "@/lib/auth/totp";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { qrSvg } from "@/lib/web/qr";
import { requirePendingStage } from "@/lib/web/staff-sign-in";
import { enrolAction } from "../actions";
import { browserMessages } from "../messages";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "office.enrol" });
  return { title: t("title") };
}

export default async function EnrolPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePendingStage(locale, "enrol");
  const enrolment = await enrolmentFor(await getDb(), await pendingSignInToken(), now());
  if (!enrolment) return redirect({ href: "/office/sign-in?stale=1", locale });
  return (
    <EnrolView
      displayName={enrolment.displayName}
      account={enrolment.staffNumber}
      secretGroups={groupedSecret(enrolment.secret)}
      qrSvg={await qrSvg(enrolment.otpauthUri)}
      action={enrolAction.bind(null, locale)}
      messages={await browserMessages(locale, ["codeRequired", "codeFormat"])}
    />
  );
}
