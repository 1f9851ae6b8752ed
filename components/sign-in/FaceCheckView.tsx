import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/Button";
import { NotificationBanner } from "@/components/ui/NotificationBanner";
import { PageHeading } from "@/components/ui/PageHeading";
import { StepHeader } from "@/components/ui/StepHeader";
import { Link } from "@/lib/i18n/navigation";

/**
 * 刷脸认证 in progress: the resident does the check with the provider (on a demo server, the demo
 * face page), then asks for the result with a plain form. The counter is offered here too.
 */
export async function FaceCheckView({ demoHref, pending, checkAction }: { demoHref: string | null; pending: boolean; checkAction: () => Promise<void> }) {
  const t = await getTranslations("signIn.face");
  const tBanner = await getTranslations("banner");
  return (
    <>
      <StepHeader backHref="/sign-in/real-name/confirm" backText={t("back")} />
      {pending ? (
        <NotificationBanner title={tBanner("important")}>
          <p>{t("pending")}</p>
        </NotificationBanner>
      ) : null}
      <PageHeading caption={t("caption")} lead={t("lead")}>
        {t("title")}
      </PageHeading>
      {demoHref ? (
        <p className="mb-6 max-w-prose border-l-4 border-brand pl-4 text-lg">
          {t.rich("demoNotice", { link: (chunks) => <Link href={demoHref}>{chunks}</Link> })}
        </p>
      ) : null}
      <form action={checkAction} className="mb-10">
        <button type="submit" className={buttonClass()}>
          {t("check")}
        </button>
      </form>
      <section aria-labelledby="face-other" className="max-w-prose">
        <h2 id="face-other" className="mb-2 text-xl font-bold">
          {t("otherHeading")}
        </h2>
        <p className="mb-2">{t("other")}</p>
        <p>
          <Link href="/sign-in/real-name/counter">{t("counterLink")}</Link>
        </p>
      </section>
    </>
  );
}
