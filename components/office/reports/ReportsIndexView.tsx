import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import { REPORT_PAGES, reportHref } from "./ReportsNav";

/** The reports, and the audit search, each with a line on what it shows. */
export async function ReportsIndexView() {
  const t = await getTranslations("officeReports");
  return (
    <>
      <PageHeading caption={t("caption")} lead={t("index.lead")}>
        {t("index.title")}
      </PageHeading>
      <ul className="space-y-5 text-lg">
        {[...REPORT_PAGES, "audit" as const].map((page) => (
          <li key={page}>
            <Link href={reportHref(page)} className="text-xl font-semibold">
              {t(`nav.${page}`)}
            </Link>
            <p className="text-ink-soft">{t(`index.${page}`)}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
