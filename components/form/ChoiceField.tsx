import type { ReactNode } from "react";
import { fieldId } from "./ErrorSummary";
import { FieldsetGroup, type FieldChrome } from "./Field";

export type Choice = { value: string; label: ReactNode; hint?: ReactNode };

type Props = FieldChrome & {
  choices: Choice[];
  /** The chosen value(s): one for radios, any number for checkboxes. */
  selected?: string | string[];
  legendAsHeading?: boolean;
};

function ChoiceList({ type, name, choices, selected, invalid }: { type: "radio" | "checkbox"; name: string; choices: Choice[]; selected: string[]; invalid: boolean }) {
  return (
    <div className="space-y-3">
      {choices.map((choice, index) => {
        const id = index === 0 ? fieldId(name) : `${fieldId(name)}-${index}`;
        return (
          <div key={choice.value} className="flex items-start gap-3">
            <input
              id={id}
              type={type}
              name={name}
              value={choice.value}
              defaultChecked={selected.includes(choice.value)}
              aria-invalid={invalid ? true : undefined}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              className="mt-1 size-8 shrink-0 accent-brand"
            />
            <div>
              <label htmlFor={id} className="block min-h-12 cursor-pointer py-1 text-lg">
                {choice.label}
              </label>
              {choice.hint ? (
                <p id={`${id}-hint`} className="text-ink-soft">
                  {choice.hint}
                </p>
              ) : null}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** One answer from a short list. */
export function RadioField({ choices, selected, ...chrome }: Props) {
  return (
    <FieldsetGroup {...chrome}>
      <ChoiceList type="radio" name={chrome.name} choices={choices} selected={[selected ?? []].flat()} invalid={Boolean(chrome.error)} />
    </FieldsetGroup>
  );
}

/** Any number of answers from a list. */
export function CheckboxField({ choices, selected, ...chrome }: Props) {
  return (
    <FieldsetGroup {...chrome}>
      <ChoiceList type="checkbox" name={chrome.name} choices={choices} selected={[selected ?? []].flat()} invalid={Boolean(chrome.error)} />
    </FieldsetGroup>
  );
}
