import { getLocale, getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/ui/SummaryList";
import { Button, ButtonLink } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { ReasonList } from "@/components/rules/ReasonList";
import { StepHeader } from "@/components/ui/StepHeader";
import { formatDate, formatMoney } from "@/lib/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { shownIneligibility } from "@/lib/check/request";
import type { Assessment } from "@/lib/services/enrollment/registration";

/** J3 step 1: what the registry already knows, read-only, and what the rules make of it. */
export async function FactsView({ assessment, corrected, action }: { assessment: Assessment; corrected: boolean; action: () => Promise<void> }) {
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("enrollment");
  const tForm = await getTranslations("form");
  const tRegion = (await getTranslations("region")) as unknown as (key: string) => string;
  const { facts, answer, outcome, pack, existing } = assessment;
  const validTo = facts.permit?.validTo ? formatDate(facts.permit.validTo, locale) : "—";
  const rows = [
    { key: "name", label: t("facts.name"), value: facts.name },
    { key: "id", label: t("facts.idNumber"), value: facts.idNumberMasked },
    { key: "region", label: t("facts.region"), value: tRegion(facts.region) },
    { key: "year", label: t("facts.coverageYear"), value: t("facts.coverageYearValue", { year: pack.coverageYear }) },
    {
      key: "residency",
      label: t("facts.residency"),
      value: facts.parentPermit && facts.residency === "none" ? t("facts.parentPermit") : t(`facts.residencies.${facts.residency}`, { district: facts.district, validTo }),
    },
    { key: "school", label: t("facts.school"), value: facts.school?.schoolName ?? t("facts.noSchool") },
    {
      key: "assistance",
      label: t("facts.assistance"),
      value: facts.assistance.length ? facts.assistance.map((code) => pack.assistance.find((a) => a.code === code)?.label ?? code).join("、") : t("facts.noAssistance"),
    },
    { key: "employee", label: t("facts.employee"), value: facts.employee ? t("facts.employeeValue", { city: facts.employee.city }) : t("facts.noEmployee") },
    { key: "lastYear", label: t("facts.lastYear"), value: facts.lastYear ? t("facts.lastYearValue", { year: facts.lastYear.coverageYear }) : t("facts.notLastYear") },
    ...(answer.eligible
      ? [
          { key: "category", label: t("facts.category"), value: t(`categories.${answer.category}`) },
          {
            key: "payable",
            label: t("facts.payable"),
            value: `${formatMoney(answer.contribution?.payable ?? 0, locale)}${answer.contribution?.provisional ? `（${t("facts.provisional")}）` : ""}`,
          },
        ]
      : []),
  ];
  return (
    <>
      <StepHeader backHref="/register" backText={tForm("back")} progress={tForm("stepOf", { step: 1, total: 3 })} />
      {corrected ? (
        <NotificationBanner tone="success" title={t("facts.reportLink")}>
          <p>{t("facts.corrected")}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={t("facts.lead")}>
        {t("facts.title", { name: facts.name })}
      </PageHeading>
      <SummaryList rows={rows} changeText="" />
      <p className="mb-8 text-lg">
        <Link href="/register/correction">{t("facts.reportLink")}</Link>
      </p>
      {existing ? (
        <Outcome title={t("facts.alreadyTitle")}>
          <p className="mb-4">{t("facts.already", { name: facts.name, year: pack.coverageYear, reference: existing.reference })}</p>
          <ButtonLink href="/me/enrollments">{t("facts.alreadyLink")}</ButtonLink>
        </Outcome>
      ) : outcome === "register" ? (
        <form action={action}>
          <Button>{t("facts.continue")}</Button>
        </form>
      ) : outcome === "renewal" ? (
        <Outcome title={t("facts.renewalTitle")}>
          <p className="mb-4">{t("facts.renewal", { name: facts.name })}</p>
          <ButtonLink href="/pay">{t("facts.payLink")}</ButtonLink>
        </Outcome>
      ) : outcome === "school" ? (
        <Outcome title={t("facts.schoolTitle")}>
          <p>{t("facts.school_explain", { name: facts.name, school: facts.school?.schoolName ?? "" })}</p>
        </Outcome>
      ) : outcome === "closed" ? (
        <Outcome title={t("facts.closedTitle")}>
          <p>{t("facts.closed", { year: pack.coverageYear })}</p>
        </Outcome>
      ) : (
        <Outcome title={t("facts.notEligibleTitle", { name: facts.name })}>
          <p className="mb-2">{t("facts.notEligible")}</p>
          <ReasonList reasons={shownIneligibility(answer)} pack={pack} />
          <h3 className="mb-2 text-xl font-bold">{t("facts.whatInstead")}</h3>
          <p className="mb-2">{facts.employee ? t("facts.insteadEmployee") : t("facts.insteadOther")}</p>
        </Outcome>
      )}
    </>
  );
}

function Outcome({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="outcome-title" className="mb-8 border-l-8 border-brand bg-surface p-4 text-lg" data-testid="registration-outcome">
      <h2 id="outcome-title" className="mb-2 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
