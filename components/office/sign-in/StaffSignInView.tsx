import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import type { FormStateAction } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { StaffSignInForm } from "./StaffSignInForm";

/** Why the browser is back at the start: signed out, the session or the step ended, or the account may not sign in now. */
export type StaffSignInNotice =
  | { kind: "signedOut" | "signedOutEverywhere" | "ended" | "stale" | "disabled" }
  | { kind: "locked"; minutes: number }
  | null;

/** The office's sign-in, step 1. */
export async function StaffSignInView({ action, notice, demo, messages }: { action: FormStateAction; notice: StaffSignInNotice; demo: boolean; messages: Record<string, string> }) {
  const t = await getTranslations("office.signIn");
  const tErrors = await getTranslations("office.errors");
  const tForm = await getTranslations("form");
  const tBanner = await getTranslations("banner");
  const refusal = notice?.kind === "locked" ? tErrors("locked", { minutes: notice.minutes }) : notice?.kind === "disabled" ? tErrors("disabled") : null;
  return (
    <>
      {notice?.kind === "signedOut" || notice?.kind === "signedOutEverywhere" ? (
        <NotificationBanner tone="success" title={tBanner("success")}>
          <p>{t(notice.kind)}</p>
        </NotificationBanner>
      ) : null}
      {notice?.kind === "ended" || notice?.kind === "stale" ? (
        <NotificationBanner title={tBanner("important")}>
          <p>{t(notice.kind)}</p>
        </NotificationBanner>
      ) : null}
      {refusal ? <ErrorSummary title={tErrors("summaryTitle")} errors={[{ field: "staffNumber", message: refusal }]} /> : null}
      <PageHeading caption={t("caption")} lead={t("lead")}>
        {t("title")}
      </PageHeading>
      <StaffSignInForm
        action={action}
        messages={messages}
        labels={{ summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: t("submit"), staffNumber: t("staffNumber"), staffNumberHint: t("staffNumberHint"), password: t("password") }}
      />
      <p className="text-ink-soft mt-6 max-w-prose">{t.rich("residents", { link: (chunks) => <Link href="/">{chunks}</Link> })}</p>
      {demo ? <p className="mt-4 max-w-prose border-l-4 border-brand pl-4">{t("demo")}</p> : null}
    </>
  );
}
