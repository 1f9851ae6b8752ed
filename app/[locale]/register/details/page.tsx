import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DetailsForm } from "@/components/enrollment/forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { browserMessages, currentRegistration } from "@/lib/web/current-registration";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { detailsAction } from "../actions";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.details" });
  return { title: t("title") };
}

export default async function DetailsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { draft, assessment } = await currentRegistration(locale);
  if (draft.step === "facts" || assessment.outcome !== "register") return redirect({ href: "/register/facts", locale });
  const t = await getTranslations("enrollment");
  const tForm = await getTranslations("form");
  const label = (key: "contactPhone" | "contactPhoneHint" | "permitNumber" | "permitNumberHint" | "parentPermitNumber" | "parentPermitNumberHint") => t(`details.${key}`);
  return (
    <>
      <StepHeader backHref="/register/facts" backText={tForm("back")} progress={tForm("stepOf", { step: 2, total: 3 })} />
      <PageHeading caption={t("facts.title", { name: assessment.facts.name })}>{t("details.title")}</PageHeading>
      <DetailsForm
        action={detailsAction.bind(null, locale)}
        needs={assessment.needs}
        values={draft.data}
        messages={await browserMessages(locale, ["phoneRequired", "phoneFormat", "permitRequired", "parentPermitRequired", "permitFormat"])}
        labels={{
          summaryTitle: t("errors.summaryTitle"),
          errorPrefix: tForm("errorPrefix"),
          submit: t("details.submit"),
          contactPhone: label("contactPhone"),
          contactPhoneHint: label("contactPhoneHint"),
          permitNumber: label("permitNumber"),
          permitNumberHint: label("permitNumberHint"),
          parentPermitNumber: label("parentPermitNumber"),
          parentPermitNumberHint: label("parentPermitNumberHint"),
        }}
      />
    </>
  );
}
