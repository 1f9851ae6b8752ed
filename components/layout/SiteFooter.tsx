import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SOURCE_DOCUMENTS } from "@/lib/sources/catalog";

export async function SiteFooter() {
  const t = await getTranslations("layout");
  const tSources = await getTranslations("sources.documents");
  return (
    <footer className="no-print mt-16 border-t-4 border-brand bg-surface">
      <nav aria-label={t("footerNav")} className="mx-auto max-w-5xl px-4 py-8">
        <h2 className="mb-3 text-xl font-bold">{t("footerSources")}</h2>
        <ul className="mb-4 space-y-2">
          {SOURCE_DOCUMENTS.map((doc) => (
            <li key={doc.id}>
              <Link href={`/sources/${doc.id}`}>{tSources(`${doc.id}.title`)}</Link>
            </li>
          ))}
        </ul>
        <p className="mb-4">
          <Link href="/sources">{t("footerAllSources")}</Link>
        </p>
        <p className="text-ink-soft">{t("footerNote")}</p>
      </nav>
    </footer>
  );
}
