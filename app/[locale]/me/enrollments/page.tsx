import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { EnrollmentsView } from "@/components/enrollment/EnrollmentsView";
import { MyCorrectionsView } from "@/components/enrollment/MyCorrectionsView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import { isValidReference } from "@/lib/numbers/enrollment-reference";
import type { Locale } from "@/lib/i18n/routing";
import { loadMyCorrections } from "@/lib/services/enrollment/corrections";
import { loadMyEnrollments, openDeadlines } from "@/lib/services/enrollment/my-enrollments";
import { regionOf } from "@/lib/services/enrollment/registry-facts";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.list" });
  return { title: t("title") };
}

export default async function MyEnrollmentsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  const db = await getDb();
  const people = await loadMyEnrollments(db, actor, today());
  const regions = (await Promise.all(people.map((p) => regionOf(db, p.personId)))).filter((r): r is string => r !== null);
  const { cancelled, notCancellable } = await searchParams;
  return (
    <>
      <EnrollmentsView
        people={people}
        deadlines={openDeadlines(regions, today())}
        cancelled={typeof cancelled === "string" && isValidReference(cancelled) ? cancelled : null}
        notCancellable={Boolean(notCancellable)}
      />
      <MyCorrectionsView corrections={await loadMyCorrections(db, actor, today())} />
    </>
  );
}
