import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import type { FormStateAction } from "@/lib/forms/form-state";
import { OfficeCodeForm } from "./OfficeCodeForm";

/**
 * First sign-in: the new secret as a QR code (an SVG drawn on the server) and in groups of four for
 * typing by hand, then the first code from the app.
 */
export async function EnrolView({
  displayName,
  account,
  secretGroups,
  qrSvg,
  action,
  messages,
}: {
  displayName: string;
  account: string;
  secretGroups: string;
  qrSvg: string;
  action: FormStateAction;
  messages: Record<string, string>;
}) {
  const t = await getTranslations("office.enrol");
  const tErrors = await getTranslations("office.errors");
  const tForm = await getTranslations("form");
  return (
    <>
      <PageHeading caption={t("caption")} lead={t("lead", { name: displayName })}>
        {t("title")}
      </PageHeading>
      <figure className="mb-6">
        <div role="img" aria-label={t("qrLabel")} className="size-56 border-2 border-ink bg-white p-2" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      </figure>
      <section aria-labelledby="manual-heading" className="mb-8 max-w-prose">
        <h2 id="manual-heading" className="mb-2 text-xl font-bold">
          {t("manualHeading")}
        </h2>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-lg">
          <dt className="font-semibold">{t("manualAccount")}</dt>
          <dd>{account}</dd>
          <dt className="font-semibold">{t("manualKey")}</dt>
          <dd>
            <code className="font-mono text-xl tracking-wider" data-testid="totp-secret">
              {secretGroups}
            </code>
          </dd>
          <dt className="font-semibold">{t("manualType")}</dt>
          <dd>{t("manualTypeValue")}</dd>
        </dl>
        <p className="text-ink-soft mt-3">{t("secretWarning")}</p>
      </section>
      <OfficeCodeForm
        kind="enrol"
        action={action}
        messages={messages}
        labels={{ summaryTitle: tErrors("summaryTitle"), errorPrefix: tForm("errorPrefix"), submit: t("submit"), code: t("codeLabel"), codeHint: t("codeHint") }}
      />
    </>
  );
}
