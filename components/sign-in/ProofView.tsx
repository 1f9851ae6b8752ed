import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { buttonClass } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { Link } from "@/lib/i18n/navigation";

/** What the proof page offers: a face check (with its standing) and the counter, or the old phone's code and the counter. */
export type ProofChoice =
  | { route: "proof"; face: { attemptsLeft: number; lockedUntil: string | null; pending: boolean } | null }
  | { route: "rebind"; oldPhoneMasked: string };

/** The outcome the page was sent back with: a face check that failed or timed out, or a code that may not be sent yet. */
export type ProofNotice = { kind: "face-failed" | "face-expired" } | { kind: "wait"; seconds: number; limit: "resend" | "count" } | null;

/**
 * Name and ID number matched, but this phone cannot be bound on that alone: the ways to prove it is
 * the person. The counter is always one of them (face is never the only way). Plain forms: no JavaScript needed.
 */
export async function ProofView({
  choice,
  notice,
  startFaceAction,
  sendOldPhoneCodeAction,
}: {
  choice: ProofChoice;
  notice: ProofNotice;
  startFaceAction: () => Promise<void>;
  sendOldPhoneCodeAction: () => Promise<void>;
}) {
  const t = await getTranslations("signIn.proof");
  const tErrors = await getTranslations("signIn.errors");
  const tBanner = await getTranslations("banner");
  const waitError =
    notice?.kind === "wait"
      ? notice.limit === "resend"
        ? t("tooSoon", { seconds: notice.seconds })
        : t("tooMany", { minutes: Math.max(1, Math.ceil(notice.seconds / 60)) })
      : null;
  const rebind = choice.route === "rebind";
  return (
    <>
      <StepHeader backHref="/sign-in/real-name" backText={t("retype")} />
      {waitError ? <ErrorSummary title={tErrors("summaryTitle")} errors={[{ field: "send-old-phone", message: waitError }]} /> : null}
      {notice?.kind === "face-failed" || notice?.kind === "face-expired" ? (
        <NotificationBanner title={tBanner("important")}>
          <p>{t(notice.kind === "face-failed" ? "faceFailed" : "faceExpired")}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={rebind ? t("rebindLead") : t("lead")}>
        {rebind ? t("rebindTitle") : t("title")}
      </PageHeading>

      {choice.route === "rebind" ? (
        <section aria-labelledby="proof-old-phone" className="mb-8 max-w-prose border-l-4 border-brand pl-4">
          <h2 id="proof-old-phone" className="mb-2 text-2xl font-bold">
            {t("oldPhoneHeading")}
          </h2>
          <p className="mb-4">{t("oldPhoneText", { phone: choice.oldPhoneMasked })}</p>
          <form action={sendOldPhoneCodeAction} className="mb-4">
            <button type="submit" id="field-send-old-phone" className={buttonClass()}>
              {t("oldPhoneSend", { phone: choice.oldPhoneMasked })}
            </button>
          </form>
          <p>{t("oldPhoneLost")}</p>
        </section>
      ) : (
        <section aria-labelledby="proof-face" className="mb-8 max-w-prose border-l-4 border-brand pl-4">
          <h2 id="proof-face" className="mb-2 text-2xl font-bold">
            {t("faceHeading")}
          </h2>
          {choice.face === null ? (
            <p>{t("faceUnavailable")}</p>
          ) : choice.face.lockedUntil ? (
            <p>{t("faceLocked", { time: choice.face.lockedUntil })}</p>
          ) : (
            <>
              <p className="mb-2">{t("faceText")}</p>
              <p className="mb-4">{t("faceAttempts", { attemptsLeft: choice.face.attemptsLeft })}</p>
              <form action={startFaceAction}>
                <button type="submit" className={buttonClass()}>
                  {choice.face.pending ? t("faceResume") : t("faceStart")}
                </button>
              </form>
            </>
          )}
        </section>
      )}

      <section aria-labelledby="proof-counter" className="mb-8 max-w-prose border-l-4 border-line pl-4">
        <h2 id="proof-counter" className="mb-2 text-2xl font-bold">
          {t("counterHeading")}
        </h2>
        <p className="mb-4">{t("counterText")}</p>
        <p>
          <Link href="/sign-in/real-name/counter">{t("counterLink")}</Link>
        </p>
      </section>
      <p>
        <Link href="/sign-in/real-name">{t("retype")}</Link>
      </p>
    </>
  );
}
