import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ButtonLink } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { isValidReference, formatReference } from "@/lib/numbers/enrollment-reference";
import { requireActor } from "@/lib/web/require-actor";
import { formatDate } from "@/lib/format";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { packById } from "@/lib/rules";
import { loadMyEnrollments } from "@/lib/services/enrollment/my-enrollments";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.done" });
  return { title: t("title") };
}

export default async function DonePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const { ref } = await searchParams;
  if (typeof ref !== "string" || !isValidReference(ref)) return redirect({ href: "/me/enrollments", locale });
  const people = await loadMyEnrollments(await getDb(), actor, today());
  const found = people.flatMap((p) => p.enrollments).find((e) => e.reference === ref);
  if (!found) return redirect({ href: "/me/enrollments", locale });
  const t = await getTranslations("enrollment.done");
  const paymentEnd = packById(found.packId, today())?.periods.payment.value.end;
  return (
    <>
      <div className="mb-8 bg-success p-6 text-center text-white">
        <h1 className="mb-4 text-3xl font-bold">{t("title")}</h1>
        <p className="text-xl">{t("reference")}</p>
        <p className="text-3xl font-bold tracking-wider" data-testid="reference">
          {formatReference(found.reference)}
        </p>
      </div>
      <PageHeading>{t("next")}</PageHeading>
      {paymentEnd ? <p className="mb-6 max-w-prose text-lg">{t("nextBody", { date: formatDate(paymentEnd, locale) })}</p> : null}
      <p className="mb-4">
        <ButtonLink href="/pay">{t("payLink")}</ButtonLink>
      </p>
      <p className="text-lg">
        <Link href="/me/enrollments">{t("enrollmentsLink")}</Link>
      </p>
    </>
  );
}
