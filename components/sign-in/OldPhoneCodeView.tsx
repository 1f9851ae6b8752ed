import { getTranslations } from "next-intl/server";
import type { FormStateAction } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { CodeStep } from "./CodeStep";

/** Moving a binding: the code sent to the phone already bound, typed here. The number is not shown (issue 13: nor whether there is one). */
export async function OldPhoneCodeView({ action, messages }: { action: FormStateAction; messages: Record<string, string> }) {
  const t = await getTranslations("signIn.oldPhone");
  return (
    <CodeStep
      back={{ href: "/sign-in/real-name/confirm", text: t("back") }}
      heading={{ caption: t("caption"), lead: t("sentTo"), title: t("title") }}
      form={{ action, messages, submit: t("submit"), code: t("codeLabel"), codeHint: t("codeHint") }}
    >
      <section aria-labelledby="old-phone-lost" className="mt-10 max-w-prose">
        <h2 id="old-phone-lost" className="mb-2 text-xl font-bold">
          {t("lostHeading")}
        </h2>
        <p className="mb-2">{t("lost")}</p>
        <p>
          <Link href="/sign-in/real-name/counter">{t("counterLink")}</Link>
        </p>
      </section>
    </CodeStep>
  );
}
