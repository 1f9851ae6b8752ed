import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button } from "@/components/ui/Button";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { formatReference } from "@/lib/numbers/enrollment-reference";
import { requireActor } from "@/lib/web/require-actor";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { loadMyEnrollments } from "@/lib/services/enrollment/my-enrollments";
import { cancelAction } from "../../actions";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.cancel" });
  return { title: t("title") };
}

export default async function CancelPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const people = await loadMyEnrollments(await getDb(), actor, today());
  const person = people.find((p) => p.enrollments.some((e) => e.id === id));
  const found = person?.enrollments.find((e) => e.id === id);
  if (!person || !found || found.status !== "registered") return redirect({ href: "/me/enrollments?notCancellable=1", locale });
  const t = await getTranslations("enrollment.cancel");
  const tForm = await getTranslations("form");
  return (
    <>
      <StepHeader backHref="/me/enrollments" backText={tForm("back")} />
      <PageHeading>{t("title")}</PageHeading>
      <p className="mb-6 max-w-prose text-xl">{t("body", { name: person.name, year: found.coverageYear, reference: formatReference(found.reference) })}</p>
      <form action={cancelAction.bind(null, locale, id)} className="flex flex-wrap items-center gap-6">
        <Button variant="warning">{t("confirm")}</Button>
        <Link href="/me/enrollments" className="text-lg">
          {t("keep")}
        </Link>
      </form>
    </>
  );
}
