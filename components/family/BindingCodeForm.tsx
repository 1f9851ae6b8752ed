"use client";

import { ErrorSummary } from "@/components/form/ErrorSummary";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { bindingCodeSchema } from "@/lib/forms/family";

type Labels = { summaryTitle: string; errorPrefix: string; code: string; codeHint: string; submit: string };

/** The 6-digit code the relative read out to the payer. */
export function BindingCodeForm({ action, messages, labels }: { action: FormStateAction; messages: Record<string, string>; labels: Labels }) {
  const form = useServerForm({ schema: bindingCodeSchema, action, initial: initialFormState(), fields: ["code"], messages });
  return (
    <form {...form.formProps} className="mb-8 max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <TextField
        label={labels.code}
        hint={labels.codeHint}
        error={form.errorFor("code")}
        errorPrefix={labels.errorPrefix}
        inputMode="numeric"
        autoComplete="one-time-code"
        width="short"
        defaultValue={form.values.code}
        {...form.register("code")}
      />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
