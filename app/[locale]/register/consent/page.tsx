import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConsentCodeForm } from "@/components/enrollment/forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { getDb } from "@/lib/db/client";
import { browserMessages } from "@/lib/web/current-registration";
import { requireActor } from "@/lib/web/require-actor";
import { maskPhone } from "@/lib/identity/phone";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { consentRequestPhone } from "@/lib/services/enrollment/consent";
import { isUuid } from "@/lib/db/driver";
import { consentCodeAction } from "../actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.consent" });
  return { title: t("title") };
}

export default async function ConsentPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const { request } = await searchParams;
  if (typeof request !== "string" || !isUuid(request)) return redirect({ href: "/register/relative", locale });
  const row = await consentRequestPhone(await getDb(), actor, request);
  if (!row) return redirect({ href: "/register/relative", locale });
  const t = await getTranslations("enrollment");
  const tForm = await getTranslations("form");
  return (
    <>
      <StepHeader backHref="/register/relative" backText={tForm("back")} />
      <PageHeading caption={t("caption")} lead={row.phone ? t("consent.sentTo", { phone: maskPhone(row.phone) }) : t("consent.noPhone")}>
        {t("consent.title")}
      </PageHeading>
      {row.phone ? (
        <ConsentCodeForm
          action={consentCodeAction.bind(null, locale, request)}
          messages={await browserMessages(locale, ["codeRequired", "codeFormat"])}
          labels={{ summaryTitle: t("errors.summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: t("consent.submit"), code: t("consent.code"), codeHint: t("consent.codeHint") }}
        />
      ) : null}
      <p className="mt-6 max-w-prose text-lg">{t("consent.orInApp")}</p>
      <p className="mt-4 text-lg">
        <Link href="/register/relative">{t("consent.again")}</Link>
      </p>
    </>
  );
}
