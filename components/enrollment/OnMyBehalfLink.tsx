import { getTranslations } from "next-intl/server";
import { currentSession } from "@/lib/auth/request";
import { getDb } from "@/lib/db/client";
import { Link } from "@/lib/i18n/navigation";
import { loadMyConsents } from "@/lib/services/enrollment/my-enrollments";

/** On 我的: requests waiting for the resident's consent, and the way to who acts for them and what was done. */
export async function OnMyBehalfLink() {
  const session = await currentSession();
  if (!session?.personId) return null;
  const { pending } = await loadMyConsents(await getDb(), { accountId: session.accountId, personId: session.personId });
  const t = await getTranslations("enrollment");
  return (
    <section aria-labelledby="on-my-behalf-heading" className="mb-10">
      <h2 id="on-my-behalf-heading" className="mb-2 text-2xl font-bold">
        {t("consents.title")}
      </h2>
      {pending.length ? <p className="mb-2 text-lg font-semibold">{t("consents.meSummary", { count: pending.length })}</p> : null}
      <p className="text-lg">
        <Link href="/me/consents">{t("consents.meLink")}</Link>
      </p>
    </section>
  );
}
