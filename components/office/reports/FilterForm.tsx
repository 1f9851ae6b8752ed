import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { Button } from "@/components/ui/Button";
import type { FieldError } from "@/lib/forms/form-state";

/**
 * A report's filters as a plain GET form: the choice is in the address, so a report can be
 * bookmarked and works without JavaScript. Errors come translated.
 */
export async function FilterForm({ action, errors, children }: { action: string; errors: FieldError[]; children: ReactNode }) {
  const t = await getTranslations("officeReports");
  return (
    <form method="get" action={action} noValidate className="no-print mb-8 border-b border-line pb-4">
      <ErrorSummary title={t("errors.summaryTitle")} errors={errors} />
      <div className="flex flex-wrap items-start gap-x-8">{children}</div>
      <Button>{t("filters.submit")}</Button>
    </form>
  );
}
