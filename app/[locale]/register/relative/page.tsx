import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RelativeForm } from "@/components/enrollment/forms";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { RELATIONS } from "@/lib/rules";
import { browserMessages } from "@/lib/web/current-registration";
import { requireActor } from "@/lib/web/require-actor";
import type { Locale } from "@/lib/i18n/routing";
import { relativeAction } from "../actions";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.relative" });
  return { title: t("title") };
}

export default async function RelativePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireActor(locale);
  const t = await getTranslations("enrollment");
  const tForm = await getTranslations("form");
  return (
    <>
      <StepHeader backHref="/register" backText={tForm("back")} />
      <PageHeading caption={t("caption")} lead={t("relative.lead")}>
        {t("relative.title")}
      </PageHeading>
      <RelativeForm
        action={relativeAction.bind(null, locale)}
        messages={await browserMessages(locale, ["nameRequired", "nameTooLong", "idRequired", "idFormat", "idBirthDate", "idCheckDigit", "relationRequired"])}
        relations={RELATIONS.map((relation) => ({ value: relation, label: t(`relative.relations.${relation}`) }))}
        labels={{
          summaryTitle: t("errors.summaryTitle"),
          errorPrefix: tForm("errorPrefix"),
          submit: t("relative.submit"),
          name: t("relative.name"),
          idNumber: t("relative.idNumber"),
          relation: t("relative.relation"),
        }}
      />
    </>
  );
}
