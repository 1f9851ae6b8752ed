"use client";

import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";
import { staffSignInSchema } from "@/lib/forms/office";

export type OfficeFormLabels = { summaryTitle: string; errorPrefix: string; submit: string };

/** The office's sign-in, step 1: staff number and password. */
export function StaffSignInForm({
  action,
  labels,
  messages,
}: {
  action: FormStateAction;
  labels: OfficeFormLabels & { staffNumber: string; staffNumberHint: string; password: string };
  messages: Record<string, string>;
}) {
  const form = useServerForm({ schema: staffSignInSchema, action, initial: initialFormState(), fields: ["staffNumber", "password"], messages });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <TextField
        label={labels.staffNumber}
        hint={labels.staffNumberHint}
        error={form.errorFor("staffNumber")}
        errorPrefix={labels.errorPrefix}
        autoComplete="username"
        spellCheck={false}
        width="short"
        defaultValue={form.values.staffNumber}
        {...form.register("staffNumber")}
      />
      <TextField
        label={labels.password}
        error={form.errorFor("password")}
        errorPrefix={labels.errorPrefix}
        type="password"
        autoComplete="current-password"
        {...form.register("password")}
      />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
