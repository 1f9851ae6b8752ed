import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export const REPORT_PAGES = ["enrollment", "payments", "deadlines"] as const;
export type ReportPage = (typeof REPORT_PAGES)[number] | "audit";

const HREF: Record<ReportPage, string> = {
  enrollment: "/office/reports/enrollment",
  payments: "/office/reports/payments",
  deadlines: "/office/reports/deadlines",
  audit: "/office/audit",
};

/** The reports and the audit search, the current one marked. */
export async function ReportsNav({ current }: { current: ReportPage | null }) {
  const t = await getTranslations("officeReports.nav");
  return (
    <nav aria-label={t("label")} className="no-print mb-6">
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-lg">
        {[...REPORT_PAGES, "audit" as const].map((page) => (
          <li key={page}>
            <Link href={HREF[page]} aria-current={page === current ? "page" : undefined} className={page === current ? "font-bold no-underline" : undefined}>
              {t(page)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function reportHref(page: ReportPage): string {
  return HREF[page];
}
