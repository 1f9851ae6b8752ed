import type { UseFormRegisterReturn } from "react-hook-form";
import { fieldId } from "@/components/form/ErrorSummary";
import { FieldsetGroup } from "@/components/form/Field";

/** Radios wired to react-hook-form (RadioField's look), for the client forms of this feature. */
export function Radios({
  label,
  error,
  errorPrefix,
  choices,
  selected,
  registration,
}: {
  label: string;
  error?: string;
  errorPrefix: string;
  choices: { value: string; label: string }[];
  selected?: string;
  registration: UseFormRegisterReturn;
}) {
  const name = registration.name;
  return (
    <FieldsetGroup name={name} label={label} error={error} errorPrefix={errorPrefix}>
      <div className="space-y-3">
        {choices.map((choice, index) => {
          const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`;
          return (
            <div key={choice.value} className="flex items-start gap-3">
              <input id={id} type="radio" value={choice.value} defaultChecked={selected === choice.value} className="mt-1 size-8 shrink-0 accent-brand" {...registration} />
              <label htmlFor={id} className="block min-h-12 cursor-pointer py-1 text-lg">
                {choice.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetGroup>
  );
}
