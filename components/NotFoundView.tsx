import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { Link } from "@/lib/i18n/navigation";

export async function NotFoundView() {
  const t = await getTranslations("notFound");
  return (
    <>
      <PageHeading lead={t("body")}>{t("title")}</PageHeading>
      <p className="text-lg">
        <Link href="/">{t("home")}</Link>
      </p>
    </>
  );
}
