import type { InputHTMLAttributes } from "react";
import { fieldId } from "./ErrorSummary";
import { SingleField, describedBy, type FieldChrome } from "./Field";

type Props = FieldChrome & Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & { width?: "full" | "short" };

/** A labelled text input with hint and error. Works in server-rendered forms and with react-hook-form's register(). */
export function TextField({ name, label, hint, error, errorPrefix, width = "full", className = "", ...input }: Props) {
  return (
    <SingleField name={name} label={label} hint={hint} error={error} errorPrefix={errorPrefix}>
      <input
        id={fieldId(name)}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`block min-h-12 rounded-none border-2 px-3 py-2 text-lg ${error ? "border-danger" : "border-ink"} ${width === "short" ? "w-40" : "w-full max-w-md"} ${className}`}
        {...input}
      />
    </SingleField>
  );
}
