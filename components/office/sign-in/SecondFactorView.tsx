import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import type { FormStateAction } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { OfficeCodeForm } from "./OfficeCodeForm";

/** The office's sign-in, step 2: the authenticator's code (or a recovery code). */
export async function SecondFactorView({ staffNumber, action, messages }: { staffNumber: string; action: FormStateAction; messages: Record<string, string> }) {
  const t = await getTranslations("office.code");
  const tErrors = await getTranslations("office.errors");
  const tForm = await getTranslations("form");
  return (
    <>
      <PageHeading caption={t("caption")} lead={t("lead", { number: staffNumber })}>
        {t("title")}
      </PageHeading>
      <OfficeCodeForm
        kind="second-factor"
        action={action}
        messages={messages}
        labels={{ summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: t("submit"), code: t("label"), codeHint: t("hint") }}
      />
      <p className="mt-8">
        <Link href="/office/sign-in">{t("restart")}</Link>
      </p>
    </>
  );
}
