"use client";

import { ErrorSummary } from "@/components/form/ErrorSummary";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { phoneStepSchema } from "@/lib/forms/sign-in";

export type FormLabels = { summaryTitle: string; errorPrefix: string; submit: string };

/** Step 1 of sign-in: the mobile number. */
export function PhoneForm({
  action,
  labels,
  messages,
}: {
  action: FormStateAction;
  labels: FormLabels & { phone: string; phoneHint: string };
  messages: Record<string, string>;
}) {
  const form = useServerForm({ schema: phoneStepSchema, action, initial: initialFormState(), fields: ["phone"], messages });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <TextField
        label={labels.phone}
        hint={labels.phoneHint}
        error={form.errorFor("phone")}
        errorPrefix={labels.errorPrefix}
        type="tel"
        inputMode="numeric"
        autoComplete="tel-national"
        width="short"
        defaultValue={form.values.phone}
        {...form.register("phone")}
      />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
