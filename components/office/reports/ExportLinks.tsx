import { getLocale, getTranslations } from "next-intl/server";
import type { ExportTable } from "@/lib/services/office/reports/export";

/**
 * Links to the CSV files of the tables on the page. Plain <a download>, never a prefetching Link:
 * every download is audited, and a prefetch would record one nobody asked for.
 */
export async function ExportLinks({ tables, query }: { tables: readonly ExportTable[]; query: Record<string, string> }) {
  const locale = await getLocale();
  const t = await getTranslations("officeReports.export");
  const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== "")).toString();
  return (
    <section aria-labelledby="report-export" className="no-print mt-10 border-t border-line pt-4">
      <h2 id="report-export" className="mb-2 text-2xl font-bold">
        {t("title")}
      </h2>
      <ul className="mb-3 space-y-2 text-lg">
        {tables.map((table) => (
          <li key={table}>
            <a href={`/${locale}/office/reports/export/${table}${search ? `?${search}` : ""}`} download data-testid={`export-${table}`}>
              {t("link", { table: t(`tables.${table}`) })}
            </a>
          </li>
        ))}
      </ul>
      <p className="text-ink-soft max-w-prose">{t("hint")}</p>
    </section>
  );
}
