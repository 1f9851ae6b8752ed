import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CorrectionForm } from "@/components/enrollment/forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { CORRECTABLE_FACTS } from "@/lib/forms/enrollment";
import { browserMessages, currentRegistration } from "@/lib/web/current-registration";
import type { Locale } from "@/lib/i18n/routing";
import { correctionAction } from "../actions";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.correction" });
  return { title: t("title") };
}

export default async function CorrectionPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { assessment } = await currentRegistration(locale);
  const t = await getTranslations("enrollment");
  const tForm = await getTranslations("form");
  return (
    <>
      <StepHeader backHref="/register/facts" backText={tForm("back")} />
      <PageHeading caption={t("facts.title", { name: assessment.facts.name })} lead={t("correction.lead")}>
        {t("correction.title")}
      </PageHeading>
      <CorrectionForm
        action={correctionAction.bind(null, locale)}
        messages={await browserMessages(locale, ["factRequired", "noteRequired", "noteTooLong"])}
        facts={CORRECTABLE_FACTS.map((fact) => ({ value: fact, label: t(`correction.facts.${fact}`) }))}
        labels={{ summaryTitle: t("errors.summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: t("correction.submit"), fact: t("correction.fact"), note: t("correction.note"), noteHint: t("correction.noteHint") }}
      />
    </>
  );
}
