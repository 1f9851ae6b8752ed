import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { EXPORT_TABLES, exportReport } from "@/lib/services/office/reports/export";
import { EXPORT_PAGES, exportRequest, exportWords } from "@/lib/web/office-reports";
import { requireStaff } from "@/lib/web/require-staff";

/**
 * A report table as a CSV download (text/csv, UTF-8 with a byte order mark, the date in the file
 * name), small counts suppressed and the download audited. A query that cannot be exported, or a
 * refusal, goes back to the report page, which says why.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; table: string }> }) {
  const { locale: raw, table } = await params;
  const locale = isLocale(raw) ? raw : defaultLocale;
  const actor = await requireStaff(locale);
  const known = EXPORT_TABLES.find((name) => name === table);
  if (!known) return redirect({ href: "/office/reports", locale });
  const url = new URL(request.url);
  const wanted = exportRequest(known, Object.fromEntries(url.searchParams), actor, today());
  const file = wanted ? await exportReport(await getDb(), actor, wanted, await exportWords(locale), now(), today()) : null;
  if (!file?.ok) return redirect({ href: `${EXPORT_PAGES[known]}${url.search}`, locale });
  return new Response(file.csv, {
    headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${file.filename}"`, "cache-control": "no-store" },
  });
}
