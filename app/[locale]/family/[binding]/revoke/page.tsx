import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RevokeView } from "@/components/family/RevokeView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { bindingForPayer } from "@/lib/services/family/my-family";
import { isUuid } from "@/lib/db/driver";
import { revokeBindingAction } from "../../actions";

type Props = { params: Promise<{ locale: Locale; binding: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "family.revoke" });
  return { title: t("metaTitle") };
}

export default async function RevokePage({ params }: Props) {
  const { locale, binding: bindingId } = await params;
  setRequestLocale(locale);
  const actor = await requireActor(locale);
  if (!isUuid(bindingId)) notFound();
  const found = await bindingForPayer(await getDb(), actor.personId, bindingId, today());
  if (!found) notFound();
  return <RevokeView binding={found.binding} revoke={revokeBindingAction.bind(null, locale)} />;
}
