import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import type { FormStateAction } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { CodeForm } from "./CodeForm";

/** Moving a binding: the code sent to the phone already bound, typed here. The number is not shown (issue 13: nor whether there is one). */
export async function OldPhoneCodeView({ action, messages }: { action: FormStateAction; messages: Record<string, string> }) {
  const t = await getTranslations("signIn.oldPhone");
  const tErrors = await getTranslations("signIn.errors");
  const tForm = await getTranslations("form");
  return (
    <>
      <StepHeader backHref="/sign-in/real-name/confirm" backText={t("back")} />
      <PageHeading caption={t("caption")} lead={t("sentTo")}>
        {t("title")}
      </PageHeading>
      <CodeForm
        action={action}
        messages={messages}
        labels={{ summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: t("submit"), code: t("codeLabel"), codeHint: t("codeHint") }}
      />
      <section aria-labelledby="old-phone-lost" className="mt-10 max-w-prose">
        <h2 id="old-phone-lost" className="mb-2 text-xl font-bold">
          {t("lostHeading")}
        </h2>
        <p className="mb-2">{t("lost")}</p>
        <p>
          <Link href="/sign-in/real-name/counter">{t("counterLink")}</Link>
        </p>
      </section>
    </>
  );
}
