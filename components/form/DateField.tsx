import { fieldId } from "./ErrorSummary";
import { FieldsetGroup, type FieldChrome } from "./Field";

type Parts = { year?: string; month?: string; day?: string };

/**
 * A date as three number boxes (year, month, day), in the order Chinese readers write it.
 * Posts as <name>.year, <name>.month, <name>.day; the first box carries the field's id.
 */
export function DateField({
  name,
  value = {},
  labels,
  ...chrome
}: FieldChrome & { value?: Parts; labels: { year: string; month: string; day: string } }) {
  const box = (part: keyof Parts, width: string, maxLength: number) => {
    const id = part === "year" ? fieldId(name) : `${fieldId(name)}-${part}`;
    return (
      <div>
        <label htmlFor={id} className="block">
          {labels[part]}
        </label>
        <input
          id={id}
          name={`${name}.${part}`}
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={maxLength}
          autoComplete={part === "year" ? "bday-year" : part === "month" ? "bday-month" : "bday-day"}
          defaultValue={value[part] ?? ""}
          aria-invalid={chrome.error ? true : undefined}
          className={`block min-h-12 border-2 px-3 py-2 text-lg ${width} ${chrome.error ? "border-danger" : "border-ink"}`}
        />
      </div>
    );
  };
  return (
    <FieldsetGroup name={name} {...chrome}>
      <div className="flex gap-4">
        {box("year", "w-28", 4)}
        {box("month", "w-20", 2)}
        {box("day", "w-20", 2)}
      </div>
    </FieldsetGroup>
  );
}
