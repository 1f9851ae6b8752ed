"use client";

import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";
import { newPasswordSchema } from "@/lib/forms/office";
import type { OfficeFormLabels } from "./StaffSignInForm";

/** A password of one's own, typed twice; the username field lets password managers file it under the staff number. */
export function NewPasswordForm({
  action,
  staffNumber,
  labels,
  messages,
}: {
  action: FormStateAction;
  staffNumber: string;
  labels: OfficeFormLabels & { password: string; confirm: string };
  messages: Record<string, string>;
}) {
  const form = useServerForm({ schema: newPasswordSchema, action, initial: initialFormState(), fields: ["password", "confirm"], messages });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <input type="hidden" name="username" autoComplete="username" value={staffNumber} />
      <TextField label={labels.password} error={form.errorFor("password")} errorPrefix={labels.errorPrefix} type="password" autoComplete="new-password" {...form.register("password")} />
      <TextField label={labels.confirm} error={form.errorFor("confirm")} errorPrefix={labels.errorPrefix} type="password" autoComplete="new-password" {...form.register("confirm")} />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
