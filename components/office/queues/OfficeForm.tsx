"use client";

import { useActionState } from "react";
import { CheckboxField, RadioField, type Choice } from "@/components/form/ChoiceField";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { Button } from "@/components/ui/Button";
import { initialFormState, type FormStateAction, type RawValue, type RawValues } from "@/lib/forms/form-state";

/** One field of a console form, as plain data. */
export type OfficeField =
  | { kind: "text"; name: string; label: string; hint?: string; inputMode?: "numeric" | "text" }
  | { kind: "radio" | "checkbox"; name: string; label: string; hint?: string; choices: Choice[] };

type Props = {
  action: FormStateAction<RawValues>;
  fields: OfficeField[];
  submit: string;
  labels: { summaryTitle: string; errorPrefix: string };
  variant?: "primary" | "secondary" | "warning";
  /** The values a field starts with (what the registry says now). */
  initial?: Record<string, string | string[]>;
};

const asList = (value: RawValue): string[] => (Array.isArray(value) ? value : typeof value === "string" ? [value] : []);

/**
 * A decision form of the office console: posts to its server action, with or without JavaScript;
 * the action answers with translated errors and everything entered, or redirects when done.
 */
export function OfficeForm({ action, fields, submit, labels, variant = "primary", initial = {} }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState<RawValues>(initial));
  const errorFor = (name: string) => state.errors.find((e) => e.field === name)?.message;
  // An error that belongs to no field (a refusal) is shown in the summary only.
  return (
    <form action={formAction} noValidate className="mb-8 max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={state.errors} />
      {fields.map((field) =>
        field.kind === "text" ? (
          <TextField
            key={field.name}
            name={field.name}
            label={field.label}
            hint={field.hint}
            inputMode={field.inputMode}
            error={errorFor(field.name)}
            errorPrefix={labels.errorPrefix}
            defaultValue={asList(state.values[field.name])[0] ?? ""}
          />
        ) : field.kind === "radio" ? (
          <RadioField key={field.name} name={field.name} label={field.label} hint={field.hint} choices={field.choices} selected={asList(state.values[field.name])} error={errorFor(field.name)} errorPrefix={labels.errorPrefix} />
        ) : (
          <CheckboxField key={field.name} name={field.name} label={field.label} hint={field.hint} choices={field.choices} selected={asList(state.values[field.name])} error={errorFor(field.name)} errorPrefix={labels.errorPrefix} />
        ),
      )}
      <Button variant={variant} disabled={pending}>
        {submit}
      </Button>
    </form>
  );
}
