"use client";

import { ErrorSummary } from "@/components/form/ErrorSummary";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { codeStepSchema } from "@/lib/forms/sign-in";
import type { FormLabels } from "./PhoneForm";

/** Step 2 of sign-in: the 6-digit code from the text message. */
export function CodeForm({
  action,
  labels,
  messages,
}: {
  action: FormStateAction;
  labels: FormLabels & { code: string; codeHint: string };
  messages: Record<string, string>;
}) {
  const form = useServerForm({ schema: codeStepSchema, action, initial: initialFormState(), fields: ["code"], messages });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <TextField
        label={labels.code}
        hint={labels.codeHint}
        error={form.errorFor("code")}
        errorPrefix={labels.errorPrefix}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={12}
        width="short"
        className="tracking-widest"
        defaultValue={form.values.code}
        {...form.register("code")}
      />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
