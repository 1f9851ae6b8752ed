import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { RadioField } from "@/components/form/ChoiceField";
import { Button } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { PersonEnrollments } from "@/lib/services/enrollment/my-enrollments";

const DRAFT_HREF = { facts: "/register/facts", details: "/register/details", check: "/register/check" } as const;

/** J3 step 0: who is being registered; a banner to resume an unfinished registration. */
export async function ChoosePersonView({ people, error, action }: { people: PersonEnrollments[]; error: string | null; action: (data: FormData) => Promise<void> }) {
  const t = await getTranslations("enrollment");
  const tForm = await getTranslations("form");
  const draft = people.find((p) => p.draftStep);
  const errorText = error === "personRequired" ? t("errors.personRequired") : error === "consentWithdrawn" ? t("choose.notice.consentWithdrawn") : error ? t("errors.noRight") : null;
  return (
    <>
      {draft?.draftStep ? (
        <NotificationBanner title={t("choose.resumeTitle")}>
          <p className="mb-2">{t("choose.resume", { name: draft.name, step: t(`steps.${draft.draftStep}`) })}</p>
          <Link href={DRAFT_HREF[draft.draftStep]} className="font-semibold">
            {t("choose.resumeLink")}
          </Link>
        </NotificationBanner>
      ) : null}
      <form action={action} className="max-w-xl">
        <ErrorSummary title={t("errors.summaryTitle")} errors={errorText ? [{ field: "person", message: errorText }] : []} />
        <PageHeading caption={t("caption")} lead={t("choose.lead")}>
          {t("choose.title")}
        </PageHeading>
        <RadioField
          name="person"
          label={<span className="sr-only">{t("choose.title")}</span>}
          error={errorText ?? undefined}
          errorPrefix={tForm("errorPrefix")}
          choices={[
            ...people.map((p) => ({ value: p.personId, label: t(`choose.${p.actingAs}`, { name: p.name }), hint: p.idNumberMasked })),
            { value: "relative", label: t("choose.relative"), hint: t("choose.relativeHint") },
          ]}
        />
        <Button>{t("choose.submit")}</Button>
      </form>
    </>
  );
}
