import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { use } from "react";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { SOURCE_DOCUMENTS } from "@/lib/sources/catalog";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "sources" });
  return { title: t("indexTitle") };
}

export default function SourcesIndexPage({ params }: { params: Promise<{ locale: Locale }> }) {
  setRequestLocale(use(params).locale);
  return <SourcesIndex />;
}

async function SourcesIndex() {
  const t = await getTranslations("sources");
  const tRegion = await getTranslations("region");
  return (
    <>
      <PageHeading lead={t("indexIntro")}>{t("indexTitle")}</PageHeading>
      <ul className="space-y-4">
        {SOURCE_DOCUMENTS.map((doc) => (
          <li key={doc.id} className="border-l-4 border-brand pl-4">
            <Link href={`/sources/${doc.id}`} className="text-xl font-semibold">
              {t(`documents.${doc.id}.title`)}
            </Link>
            <p className="text-ink-soft">{t("region", { region: tRegion(doc.region) })}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
