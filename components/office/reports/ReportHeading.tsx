import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/ui/PageHeading";
import { ReportsNav, type ReportPage } from "./ReportsNav";

/** The reports' navigation, then the page's heading under the console's caption. */
export async function ReportHeading({ page, lead, children }: { page: ReportPage; lead?: ReactNode; children: ReactNode }) {
  const t = await getTranslations("officeReports");
  return (
    <>
      <ReportsNav current={page} />
      <PageHeading caption={t("caption")} lead={lead}>
        {children}
      </PageHeading>
    </>
  );
}
