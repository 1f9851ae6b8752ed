import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import type { FormStateAction } from "@/lib/forms/form-state";
import { NewPasswordForm } from "./NewPasswordForm";

/** First sign-in (or after a reset): replace the one-time password. */
export async function NewPasswordView({ staffNumber, action, messages }: { staffNumber: string; action: FormStateAction; messages: Record<string, string> }) {
  const t = await getTranslations("office.newPassword");
  const tErrors = await getTranslations("office.errors");
  const tForm = await getTranslations("form");
  return (
    <>
      <PageHeading caption={t("caption")} lead={t("lead")}>
        {t("title")}
      </PageHeading>
      <NewPasswordForm
        action={action}
        staffNumber={staffNumber}
        messages={messages}
        labels={{ summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: t("submit"), password: t("password"), confirm: t("confirm") }}
      />
    </>
  );
}
