import { fieldId } from "@/components/form/ErrorSummary";
import { SingleField, describedBy, type FieldChrome } from "@/components/form/Field";

export type SelectOption = { value: string; label: string };

/** One answer from a list too long for radios (years, regions, audit actions), as a plain <select>. */
export function SelectField({ name, label, hint, error, errorPrefix, options, value }: FieldChrome & { options: SelectOption[]; value: string }) {
  return (
    <SingleField name={name} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`block min-h-12 max-w-md border-2 bg-white px-3 py-2 text-lg ${error ? "border-danger" : "border-ink"}`}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </SingleField>
  );
}
