import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { buttonClass } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { Link } from "@/lib/i18n/navigation";

/** What the proof page offers, the same for every claim: a face check (with its standing, null without a provider), the old phone's code and the counter. */
export type ProofChoice = { face: { attemptsLeft: number; lockedUntil: string | null; pending: boolean } | null; retypesLeft: number };

/** The outcome the page was sent back with: a face check that failed, timed out or cannot bind for this claim, or a code that may not be sent yet. */
export type ProofNotice = { kind: "face-failed" | "face-expired" | "face-unavailable" } | { kind: "wait"; seconds: number; limit: "resend" | "count" } | null;

const NOTICE_TEXT = { "face-failed": "faceFailed", "face-expired": "faceExpired", "face-unavailable": "faceNotForClaim" } as const;

/**
 * Name and ID number did not bind this phone on their own: the ways to prove it is the person. The page
 * is the same whatever the reason (issue 13: it must not tell whether the pair exists or is bound
 * elsewhere). The counter is always one of them (face is never the only way). Plain forms: no JavaScript needed.
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
  return (
    <>
      <StepHeader backHref="/sign-in/real-name" backText={t("retype")} />
      {waitError ? <ErrorSummary title={tErrors("summaryTitle")} errors={[{ field: "send-old-phone", message: waitError }]} /> : null}
      {notice && notice.kind !== "wait" ? (
        <NotificationBanner title={tBanner("important")}>
          <p>{t(NOTICE_TEXT[notice.kind])}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={t("lead")}>
        {t("title")}
      </PageHeading>

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

      <section aria-labelledby="proof-old-phone" className="mb-8 max-w-prose border-l-4 border-brand pl-4">
        <h2 id="proof-old-phone" className="mb-2 text-2xl font-bold">
          {t("oldPhoneHeading")}
        </h2>
        <p className="mb-4">{t("oldPhoneText")}</p>
        <form action={sendOldPhoneCodeAction} className="mb-4">
          <button type="submit" id="field-send-old-phone" className={buttonClass("secondary")}>
            {t("oldPhoneSend")}
          </button>
        </form>
        <p>{t("oldPhoneLost")}</p>
      </section>

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
        <Link href="/sign-in/real-name">{t("retype")}</Link> {t("retypesLeft", { count: choice.retypesLeft })}
      </p>
    </>
  );
}
