import type { InputHTMLAttributes } from "react";
import { fieldId } from "./ErrorSummary";
import { ErrorMessage, Hint, describedBy, type FieldChrome } from "./Field";

type Props = FieldChrome & Omit<InputHTMLAttributes<HTMLInputElement>, "name"> & { width?: "full" | "short" };

/** A labelled text input with hint and error. Works in server-rendered forms and with react-hook-form's register(). */
export function TextField({ name, label, hint, error, errorPrefix, width = "full", className = "", ...input }: Props) {
  const id = fieldId(name);
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block text-lg font-semibold">
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} prefix={errorPrefix} />
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={`block min-h-12 rounded-none border-2 px-3 py-2 text-lg ${error ? "border-danger" : "border-ink"} ${width === "short" ? "w-40" : "w-full max-w-md"} ${className}`}
        {...input}
      />
    </div>
  );
}
