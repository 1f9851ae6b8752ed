"use client";

import { ErrorSummary } from "@/components/form/ErrorSummary";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { realNameStepSchema } from "@/lib/forms/sign-in";
import type { FormLabels } from "./PhoneForm";

/** First sign-in: name and ID number, checked against the registry. */
export function RealNameForm({
  action,
  labels,
  messages,
}: {
  action: FormStateAction;
  labels: FormLabels & { name: string; nameHint: string; idNumber: string; idHint: string };
  messages: Record<string, string>;
}) {
  const form = useServerForm({ schema: realNameStepSchema, action, initial: initialFormState(), fields: ["name", "idNumber"], messages });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <TextField
        label={labels.name}
        hint={labels.nameHint}
        error={form.errorFor("name")}
        errorPrefix={labels.errorPrefix}
        autoComplete="name"
        defaultValue={form.values.name}
        {...form.register("name")}
      />
      <TextField
        label={labels.idNumber}
        hint={labels.idHint}
        error={form.errorFor("idNumber")}
        errorPrefix={labels.errorPrefix}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={24}
        defaultValue={form.values.idNumber}
        {...form.register("idNumber")}
      />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
