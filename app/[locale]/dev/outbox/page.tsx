import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OutboxView } from "@/components/sign-in/OutboxView";
import { latestOutboxMessages, outboxEnabled } from "@/lib/auth/outbox";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "signIn.outbox" });
  return { title: t("title"), robots: { index: false } };
}

/** The demo SMS outbox: only when PORTAL_DEMO=1 or in development; a 404 everywhere else. */
export default async function OutboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await connection();
  if (!outboxEnabled()) notFound();
  return <OutboxView messages={await latestOutboxMessages(await getDb())} />;
}
