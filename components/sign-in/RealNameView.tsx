import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import type { FormStateAction } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { RealNameForm } from "./RealNameForm";

/** First sign-in: the real-name check. */
export async function RealNameView({ phoneMasked, action, messages }: { phoneMasked: string; action: FormStateAction; messages: Record<string, string> }) {
  const t = await getTranslations("signIn.realName");
  const tErrors = await getTranslations("signIn.errors");
  const tForm = await getTranslations("form");
  return (
    <>
      <PageHeading caption={t("caption")} lead={t("lead")}>
        {t("title")}
      </PageHeading>
      <p className="mb-6 text-lg">{t("signedInAs", { phone: phoneMasked })}</p>
      <RealNameForm
        action={action}
        messages={messages}
        labels={{
          summaryTitle: tErrors("summaryTitle"),
          errorPrefix: tForm("errorPrefix"),
          submit: t("submit"),
          name: t("nameLabel"),
          nameHint: t("nameHint"),
          idNumber: t("idLabel"),
          idHint: t("idHint"),
        }}
      />
      <section aria-labelledby="why-real-name" className="mt-10 max-w-prose">
        <h2 id="why-real-name" className="mb-2 text-xl font-bold">
          {t("whyHeading")}
        </h2>
        <p className="mb-4">{t("why")}</p>
        <p>{t.rich("counterHint", { link: (chunks) => <Link href="/sign-in/real-name/counter">{chunks}</Link> })}</p>
      </section>
    </>
  );
}
