"use client";

import type { $ZodType } from "zod/v4/core";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";

export type OneTimeCodeLabels = { summaryTitle: string; errorPrefix: string; code: string; codeHint: string; submit: string };

/**
 * A 6-digit code from a text message, in every journey that sends one (sign-in, the old phone, a
 * relative's consent, a 家庭共济 binding): numeric keyboard, the phone's code autofill, room for a
 * code typed with spaces. Its schema is the journey's own (lib/forms), the same in browser and server.
 */
export function OneTimeCodeForm({
  schema,
  action,
  messages,
  labels,
  className = "max-w-xl",
}: {
  schema: $ZodType<{ code: string }, { code: string }>;
  action: FormStateAction;
  messages: Record<string, string>;
  labels: OneTimeCodeLabels;
  className?: string;
}) {
  const form = useServerForm({ schema, action, initial: initialFormState(), fields: ["code"], messages });
  return (
    <form {...form.formProps} className={className}>
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
