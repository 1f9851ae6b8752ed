import { getTranslations } from "next-intl/server";
import { TextField } from "@/components/form/TextField";

/** From and to, as date inputs (YYYY-MM-DD without JavaScript too), each with its own error. */
export async function DateRangeFields({ values, errorFor, errorPrefix }: { values: { from: string; to: string }; errorFor: (field: string) => string | undefined; errorPrefix: string }) {
  const t = await getTranslations("officeReports.filters");
  return (
    <div className="flex flex-wrap items-start gap-x-8">
      {(["from", "to"] as const).map((field) => (
        <TextField
          key={field}
          name={field}
          type="date"
          width="short"
          className="!w-48"
          label={t(field)}
          hint={t("dateHint")}
          errorPrefix={errorPrefix}
          error={errorFor(field)}
          defaultValue={values[field]}
        />
      ))}
    </div>
  );
}
