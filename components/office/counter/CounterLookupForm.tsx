"use client";

import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { buttonClass } from "@/components/ui/Button";
import type { OfficeFormState } from "@/lib/forms/office";
import { useActionForm } from "../useActionForm";

/** At the counter, step 1: the ID number off the card. */
export function CounterLookupForm({
  action,
  labels,
}: {
  action: (state: OfficeFormState, data: FormData) => Promise<OfficeFormState>;
  labels: { summaryTitle: string; errorPrefix: string; idNumber: string; idNumberHint: string; submit: string };
}) {
  const form = useActionForm(action, { errors: [], values: {} });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <TextField
        name="idNumber"
        label={labels.idNumber}
        hint={labels.idNumberHint}
        error={form.errorFor("idNumber")}
        errorPrefix={labels.errorPrefix}
        autoComplete="off"
        spellCheck={false}
        defaultValue={form.value("idNumber")}
      />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
