import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import type { RoleChoice } from "@/lib/forms/office";
import { Link } from "@/lib/i18n/navigation";

/** A member of staff without the role a page needs (403). */
export async function RefusedView({ roles }: { roles: readonly RoleChoice[] }) {
  const t = await getTranslations("office.refused");
  const tRoles = await getTranslations("office.roles");
  return (
    <>
      <PageHeading lead={t("body", { roles: roles.map((r) => tRoles(r)).join("、") })}>{t("title")}</PageHeading>
      <p>
        <Link href="/office">{t("back")}</Link>
      </p>
    </>
  );
}
