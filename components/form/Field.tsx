import type { ReactNode } from "react";
import { fieldId } from "./ErrorSummary";

export type FieldChrome = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  errorPrefix: string;
};

export function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function Hint({ name, children }: { name: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <p id={`${fieldId(name)}-hint`} className="text-ink-soft mb-2">
      {children}
    </p>
  );
}

export function ErrorMessage({ name, error, prefix }: { name: string; error?: string; prefix: string }) {
  if (!error) return null;
  return (
    <p id={`${fieldId(name)}-error`} className="mb-2 font-bold text-danger">
      <span className="sr-only">{prefix} </span>
      {error}
    </p>
  );
}

/** One control (a text input, a select) with its label, hint and error above it. */
export function SingleField({ name, label, hint, error, errorPrefix, children }: FieldChrome & { children: ReactNode }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <label htmlFor={fieldId(name)} className="mb-1 block text-lg font-semibold">
        {label}
      </label>
      <Hint name={name}>{hint}</Hint>
      <ErrorMessage name={name} error={error} prefix={errorPrefix} />
      {children}
    </div>
  );
}

/** Wraps a group of inputs (date parts, radios, checkboxes) in a fieldset with a legend. */
export function FieldsetGroup({ name, label, hint, error, errorPrefix, children, legendAsHeading }: FieldChrome & { children: ReactNode; legendAsHeading?: boolean }) {
  return (
    <div className={`mb-6 ${error ? "border-l-4 border-danger pl-4" : ""}`}>
      <fieldset aria-describedby={describedBy(name, hint, error)}>
        <legend className={legendAsHeading ? "mb-2 text-2xl font-bold" : "mb-2 text-lg font-semibold"}>{label}</legend>
        <Hint name={name}>{hint}</Hint>
        <ErrorMessage name={name} error={error} prefix={errorPrefix} />
        {children}
      </fieldset>
    </div>
  );
}
