import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { SummaryList } from "@/components/ui/SummaryList";
import { currentRegistration } from "@/lib/web/current-registration";
import { isValidReference } from "@/lib/numbers/enrollment-reference";
import { formatMoney } from "@/lib/format";
import { maskPhone } from "@/lib/identity/phone";
import { redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { submitAction } from "../actions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "enrollment.check" });
  return { title: t("title") };
}

const mask = (value: string) => (value.length > 4 ? `${"*".repeat(value.length - 4)}${value.slice(-4)}` : value);

export default async function CheckPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("enrollment");
  const tForm = await getTranslations("form");
  const { already } = await searchParams;
  if (typeof already === "string" && isValidReference(already)) {
    return (
      <>
        <PageHeading caption={t("caption")}>{t("facts.alreadyTitle")}</PageHeading>
        <NotificationBanner title={t("facts.alreadyTitle")}>
          <p>{t("facts.already", { name: "", year: already.slice(2, 6), reference: already })}</p>
        </NotificationBanner>
        <ButtonLink href="/me/enrollments">{t("facts.alreadyLink")}</ButtonLink>
      </>
    );
  }
  const { draft, assessment } = await currentRegistration(locale);
  if (draft.step !== "check" || assessment.outcome !== "register") return redirect({ href: draft.step === "details" ? "/register/details" : "/register/facts", locale });
  const { facts, answer, pack } = assessment;
  const permit = draft.data.permitNumber || draft.data.parentPermitNumber;
  const rows = [
    { key: "person", label: t("check.person"), value: `${facts.name}（${facts.idNumberMasked}）`, changeHref: "/register", changeLabel: t("check.person") },
    { key: "year", label: t("check.coverageYear"), value: t("facts.coverageYearValue", { year: pack.coverageYear }) },
    { key: "category", label: t("check.category"), value: t(`categories.${answer.category}`), changeHref: "/register/facts", changeLabel: t("check.category") },
    { key: "payable", label: t("check.payable"), value: formatMoney(answer.contribution?.payable ?? 0, locale) },
    { key: "phone", label: t("check.contactPhone"), value: maskPhone(draft.data.contactPhone ?? ""), changeHref: "/register/details", changeLabel: t("check.contactPhone") },
    ...(permit ? [{ key: "permit", label: t("check.permitNumber"), value: mask(permit), changeHref: "/register/details", changeLabel: t("check.permitNumber") }] : []),
  ];
  return (
    <>
      <StepHeader backHref="/register/details" backText={tForm("back")} progress={tForm("stepOf", { step: 3, total: 3 })} />
      <PageHeading caption={t("caption")} lead={t("check.lead")}>
        {t("check.title")}
      </PageHeading>
      <SummaryList rows={rows} changeText={tForm("change")} />
      <p className="mb-6 max-w-prose text-lg">{t("check.declaration")}</p>
      <form action={submitAction.bind(null, locale)}>
        <input type="hidden" name="person" value={draft.personId} />
        <Button>{t("check.submit")}</Button>
      </form>
    </>
  );
}
