import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/PageHeading";
import { ReportsNav } from "./ReportsNav";

/** What a member of staff sees where their role or region does not reach. */
export async function RefusalView({ reason, region }: { reason: "role" | "region" | "auditRole"; region?: string | null }) {
  const t = await getTranslations("officeReports");
  const tRegion = await getTranslations("region");
  const own = region === "ningbo" || region === "ningxia" ? tRegion(region) : "";
  return (
    <>
      <ReportsNav current={null} />
      <PageHeading caption={t("caption")}>{t("refused.title")}</PageHeading>
      <p className="max-w-prose text-xl" data-testid="refused">
        {reason === "region" ? t("refused.region", { region: own }) : t(`refused.${reason}`)}
      </p>
    </>
  );
}
