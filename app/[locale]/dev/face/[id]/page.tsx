import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DemoFaceView } from "@/components/sign-in/DemoFaceView";
import { localFaceSessionFor } from "@/lib/auth/face-verification";
import { getDb } from "@/lib/db/client";
import { demoMode } from "@/lib/deployment";
import type { Locale } from "@/lib/i18n/routing";
import { decideDemoFaceAction } from "./actions";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.demoFace" });
  return { title: t("title"), robots: { index: false } };
}

/** The local face adapter's page, where a tester passes or fails a check: demo mode only, a 404 everywhere else. */
export default async function DemoFacePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await connection();
  if (!demoMode()) notFound();
  const found = await localFaceSessionFor(await getDb(), id);
  if (!found) notFound();
  return (
    <DemoFaceView
      nameMasked={found.nameMasked}
      outcome={found.outcome}
      passAction={decideDemoFaceAction.bind(null, locale, id, "passed")}
      failAction={decideDemoFaceAction.bind(null, locale, id, "failed")}
    />
  );
}
