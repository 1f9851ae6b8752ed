import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";

/** The demo stand-in for a face-check provider's page: the tester decides the check. Demo servers only. */
export async function DemoFaceView({
  nameMasked,
  outcome,
  passAction,
  failAction,
}: {
  nameMasked: string;
  outcome: "passed" | "failed" | "pending";
  passAction: () => Promise<void>;
  failAction: () => Promise<void>;
}) {
  const t = await getTranslations("signIn.demoFace");
  const tBanner = await getTranslations("banner");
  return (
    <>
      {outcome !== "pending" ? (
        <NotificationBanner tone="success" title={tBanner("success")}>
          <p>{t(outcome === "passed" ? "decidedPassed" : "decidedFailed")}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading lead={t("lead")}>{t("title")}</PageHeading>
      <p className="mb-6 text-lg">{t("person", { name: nameMasked })}</p>
      {outcome === "pending" ? (
        <div className="mb-8 flex flex-wrap gap-4">
          <form action={passAction}>
            <button type="submit" className={buttonClass()}>
              {t("pass")}
            </button>
          </form>
          <form action={failAction}>
            <button type="submit" className={buttonClass("warning")}>
              {t("fail")}
            </button>
          </form>
        </div>
      ) : null}
      <p className="text-lg">
        <Link href="/sign-in/real-name/face">{t("back")}</Link>
      </p>
    </>
  );
}
