import { getTranslations } from "next-intl/server";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import type { FormStateAction } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { PhoneForm } from "./PhoneForm";

export type SignInNotice = "signedOut" | "signedOutEverywhere" | "sessionEnded" | "stale" | null;

/** Sign-in, step 1: the mobile number. */
export async function SignInView({
  action,
  notice,
  demo,
  messages,
}: {
  action: FormStateAction;
  notice: SignInNotice;
  demo: boolean;
  messages: Record<string, string>;
}) {
  const t = await getTranslations("signIn.start");
  const tErrors = await getTranslations("signIn.errors");
  const tForm = await getTranslations("form");
  const tBanner = await getTranslations("banner");
  return (
    <>
      {notice === "signedOut" || notice === "signedOutEverywhere" ? (
        <NotificationBanner tone="success" title={tBanner("success")}>
          <p>{t(notice)}</p>
        </NotificationBanner>
      ) : null}
      {notice === "sessionEnded" || notice === "stale" ? (
        <NotificationBanner title={tBanner("important")}>
          <p>{notice === "stale" ? tErrors("signInStale") : t("sessionEnded")}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={t("lead")}>
        {t("title")}
      </PageHeading>
      <PhoneForm
        action={action}
        messages={messages}
        labels={{ summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: t("submit"), phone: t("phoneLabel"), phoneHint: t("phoneHint") }}
      />
      <p className="text-ink-soft mt-6 max-w-prose">{t("privacy")}</p>
      {demo ? (
        <p className="mt-4 max-w-prose border-l-4 border-brand pl-4">
          {t.rich("demoNotice", { link: (chunks) => <Link href="/dev/outbox">{chunks}</Link> })}
        </p>
      ) : null}
    </>
  );
}
