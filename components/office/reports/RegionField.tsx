import { getTranslations } from "next-intl/server";
import { SelectField } from "../SelectField";
import { regionOptions } from "./field-words";

/** The report's region: every region the member of staff serves, or one of them. */
export async function RegionField({ value, regions, error, errorPrefix }: { value: string; regions: readonly string[]; error?: string; errorPrefix: string }) {
  const t = await getTranslations("officeReports.filters");
  return <SelectField name="region" label={t("region")} errorPrefix={errorPrefix} error={error} value={value} options={await regionOptions(regions)} />;
}
