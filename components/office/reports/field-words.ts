import { getTranslations } from "next-intl/server";
import type { FieldError } from "@/lib/forms/form-state";
import { REPORT_LIMITS, type OfficeReportsErrorKey } from "@/lib/forms/office-reports";
import { REGIONS } from "@/lib/rules";
import type { SelectOption } from "../SelectField";

/** The schema's error keys in words (the limits filled in), and each field's own error. */
export async function filterWords(errors: FieldError[]) {
  const t = await getTranslations("officeReports");
  const tForm = await getTranslations("form");
  const translated = errors.map((error) => ({ field: error.field, message: t(`errors.${error.message as OfficeReportsErrorKey | "personUnknown" | "staffUnknown" | "personRegion"}`, REPORT_LIMITS) }));
  return {
    errors: translated,
    errorFor: (field: string) => translated.find((error) => error.field === field)?.message,
    errorPrefix: tForm("errorPrefix"),
  };
}

/** "Every region I serve", then the regions the member of staff serves. */
export async function regionOptions(regions: readonly string[] = REGIONS): Promise<SelectOption[]> {
  const t = await getTranslations("officeReports.filters");
  const tRegion = await getTranslations("region");
  return [{ value: "", label: t("allRegions") }, ...regions.filter((r) => r === "ningbo" || r === "ningxia").map((r) => ({ value: r, label: tRegion(r) }))];
}
