import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** On 我的: requests waiting for the resident's consent, and the way to who acts for them and what was done. */
export async function OnMyBehalfLink({ pendingCount }: { pendingCount: number }) {
  const t = await getTranslations("enrollment");
  return (
    <section aria-labelledby="on-my-behalf-heading" className="mb-10">
      <h2 id="on-my-behalf-heading" className="mb-2 text-2xl font-bold">
        {t("consents.title")}
      </h2>
      {pendingCount ? <p className="mb-2 text-lg font-semibold">{t("consents.meSummary", { count: pendingCount })}</p> : null}
      <p className="text-lg">
        <Link href="/me/consents">{t("consents.meLink")}</Link>
      </p>
    </section>
  );
}
