import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { ElderToggle } from "./ElderToggle";
import { LanguageSwitcher } from "./LanguageSwitcher";

export async function SiteHeader() {
  const t = await getTranslations("layout");
  const tLanguage = await getTranslations("language");
  const tMeta = await getTranslations("meta");
  return (
    <header className="no-print bg-brand-dark text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="inline-flex min-h-12 items-center text-2xl font-bold !text-white no-underline">
          {tMeta("siteName")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher
            label={t("languageLabel")}
            names={{ "zh-Hans": tLanguage("zh-Hans"), "zh-Hant": tLanguage("zh-Hant"), en: tLanguage("en") }}
          />
          <ElderToggle labels={{ on: t("elderOn"), onHint: t("elderOnHint"), off: t("elderOff"), active: t("elderActive") }} />
        </div>
      </div>
    </header>
  );
}
