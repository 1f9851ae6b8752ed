import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { use } from "react";
import { SourceText } from "@/components/sources/SourceText";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";
import { routing, type Locale } from "@/lib/i18n/routing";
import { SOURCE_DOCUMENTS, isSourceId, loadSource, type SourceId } from "@/lib/sources/catalog";

type Params = Promise<{ locale: Locale; id: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.flatMap((locale) => SOURCE_DOCUMENTS.map((doc) => ({ locale, id: doc.id })));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, id } = await params;
  if (!isSourceId(id)) return {};
  const t = await getTranslations({ locale, namespace: "sources.documents" });
  return { title: t(`${id}.title`) };
}

export default function SourcePage({ params }: { params: Params }) {
  const { locale, id } = use(params);
  setRequestLocale(locale);
  if (!isSourceId(id)) notFound();
  return <Source id={id} />;
}

async function Source({ id }: { id: SourceId }) {
  const t = await getTranslations("sources");
  const tRegion = await getTranslations("region");
  const doc = loadSource(id);
  const meta = doc.blocks.flatMap((b) => (b.kind === "meta" ? [b.text] : []));
  return (
    <article>
      <p className="mb-4 no-print">
        <Link href="/sources">{t("backToIndex")}</Link>
      </p>
      <PageHeading caption={t("region", { region: tRegion(doc.region) })}>{t(`documents.${id}.title`)}</PageHeading>
      <section aria-labelledby="about-source" className="mb-8 bg-surface p-4">
        <h2 id="about-source" className="mb-2 text-xl font-bold">
          {t("aboutHeading")}
        </h2>
        <p className="mb-2">{t("publishedScript", { script: doc.script === "zh-Hant" ? "zh_Hant" : "zh_Hans" })}</p>
        <ul lang={doc.script} className="text-ink-soft list-disc pl-6">
          {meta.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <h2 className="mb-4 text-2xl font-bold">{t("contentsHeading")}</h2>
      <SourceText blocks={doc.blocks} lang={doc.script} clauseLinkLabel={(clause) => t("clauseLink", { clause })} />
    </article>
  );
}
