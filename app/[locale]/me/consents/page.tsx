import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsentsView } from "@/components/enrollment/ConsentsView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { loadMyConsents } from "@/lib/services/enrollment/my-enrollments";
import { decideConsentAction } from "./actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.consents" });
  return { title: t("title") };
}

export default async function MyConsentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const principal = await requireActor(locale);
  const data = await loadMyConsents(await getDb(), principal, today());
  const { done } = await searchParams;
  const notice = done === "approved" || done === "refused" || done === "withdrawn" || done === "gone" ? done : null;
  return (
    <ConsentsView
      data={data}
      notice={notice}
      approve={decideConsentAction.bind(null, locale, "approve")}
      refuse={decideConsentAction.bind(null, locale, "refuse")}
      withdraw={decideConsentAction.bind(null, locale, "withdraw")}
    />
  );
}
