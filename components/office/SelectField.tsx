import { fieldId } from "@/components/form/ErrorSummary";
import { ErrorMessage, Hint, describedBy, type FieldChrome } from "@/components/form/Field";

export type SelectOption = { value: string; label: string };

/** One answer from a list too long for radios (years, regions, audit actions), as a plain <select>. */
export function SelectField({ name, label, hint, error, errorPrefix, options, value }: FieldChrome & { options: SelectOption[]; value: string }) {
  const id = fieldId(name);
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block text-lg font-semibold">
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} prefix={errorPrefix} />
      <select
        id={id}
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
    </div>
  );
}
