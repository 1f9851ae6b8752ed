import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CorrectionDetailView } from "@/components/office/queues/CorrectionDetailView";
import { today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/routing";
import { correctionDetail } from "@/lib/services/office/corrections";
import { requireStaff } from "@/lib/web/require-staff";
import { doneStep, orNotFound, type SearchParams } from "../../queue-page";
import { acceptCorrectionAction, rejectCorrectionAction } from "../actions";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: SearchParams };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "officeQueues.corrections" });
  return { title: t("title") };
}

export default async function CorrectionPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const actor = await requireStaff(locale, "clerk");
  const { detail } = orNotFound(await correctionDetail(await getDb(), actor, id, today()));
  return (
    <CorrectionDetailView
      detail={detail}
      accept={acceptCorrectionAction.bind(null, locale, id)}
      reject={rejectCorrectionAction.bind(null, locale, id)}
      done={doneStep(["accepted", "rejected"] as const, (await searchParams).done)}
    />
  );
}
