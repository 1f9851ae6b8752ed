import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { JourneyKey } from "@/lib/journeys/catalog";

/** What a journey's page says until the journey is built: never a 404. */
export async function ComingSoon({ journey }: { journey: JourneyKey }) {
  const t = await getTranslations("comingSoon");
  const tJourney = await getTranslations("journeys");
  return (
    <>
      <PageHeading lead={t("body")}>{t("title", { journey: tJourney(`${journey}.title`) })}</PageHeading>
      <h2 className="mb-2 text-2xl font-bold">{t("meanwhileHeading")}</h2>
      <ul className="mb-8 list-disc space-y-2 pl-6 text-lg">
        <li>{t("meanwhileCounter")}</li>
        <li>{t("meanwhileApp")}</li>
      </ul>
      <p className="text-lg">
        <Link href="/">{t("backHome")}</Link>
      </p>
    </>
  );
}
