import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { buttonClass } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import type { FormStateAction } from "@/lib/forms/form-state";
import { Link } from "@/lib/i18n/navigation";
import { CodeStep } from "./CodeStep";

/** What the last "send a new code" did: sent, or refused with how long to wait. */
export type ResendOutcome = { sent: true } | { sent: false; waitSeconds: number; limit: "resend" | "count" } | null;

/** Sign-in, step 2: the code. "Send a new code" is a separate plain form. */
export async function CodeView({
  phoneMasked,
  verifyAction,
  resendAction,
  resend,
  demo,
  messages,
}: {
  phoneMasked: string;
  verifyAction: FormStateAction;
  resendAction: () => Promise<void>;
  resend: ResendOutcome;
  demo: boolean;
  messages: Record<string, string>;
}) {
  const t = await getTranslations("signIn.code");
  const tSignIn = await getTranslations("signIn.start");
  const tErrors = await getTranslations("signIn.errors");
  const tBanner = await getTranslations("banner");
  const resendError =
    resend && !resend.sent
      ? resend.limit === "resend"
        ? tErrors("resendTooSoon", { seconds: resend.waitSeconds })
        : tErrors("phoneLimit", { minutes: Math.max(1, Math.ceil(resend.waitSeconds / 60)) })
      : null;
  return (
    <CodeStep
      back={{ href: "/sign-in", text: t("back") }}
      heading={{ caption: t("caption"), lead: t("sentTo", { phone: phoneMasked }), title: t("title") }}
      form={{ action: verifyAction, messages, submit: t("submit"), code: t("codeLabel"), codeHint: t("codeHint") }}
      notices={
        <>
          {resend?.sent ? (
            <NotificationBanner tone="success" title={tBanner("success")}>
              <p>{t("resent")}</p>
            </NotificationBanner>
          ) : null}
          {resendError ? <ErrorSummary title={tErrors("summaryTitle")} errors={[{ field: "resend", message: resendError }]} /> : null}
        </>
      }
    >
      <section aria-labelledby="not-received" className="mt-10 max-w-prose">
        <h2 id="not-received" className="mb-2 text-xl font-bold">
          {t("notReceivedHeading")}
        </h2>
        <p className="mb-4">{t("notReceived")}</p>
        <form action={resendAction} className="mb-4">
          <button type="submit" id="field-resend" className={buttonClass("secondary")}>
            {t("resend")}
          </button>
        </form>
        <p>
          <Link href="/sign-in">{t("changePhone")}</Link>
        </p>
        {demo ? (
          <p className="mt-4 border-l-4 border-brand pl-4">
            {tSignIn.rich("demoNotice", { link: (chunks) => <Link href="/dev/outbox">{chunks}</Link> })}
          </p>
        ) : null}
      </section>
    </CodeStep>
  );
}
