"use client";

import { CheckboxField } from "@/components/form/ChoiceField";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { buttonClass } from "@/components/ui/Button";
import type { OfficeFormState } from "@/lib/forms/office";
import { useActionForm } from "../useActionForm";

/** At the counter, step 2: the phone to bind, and the clerk's word that the card was checked. */
export function CounterBindForm({
  action,
  labels,
}: {
  action: (state: OfficeFormState, data: FormData) => Promise<OfficeFormState>;
  labels: { summaryTitle: string; errorPrefix: string; phone: string; phoneHint: string; cardSeen: string; submit: string };
}) {
  const form = useActionForm(action, { errors: [], values: {} });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <TextField
        name="phone"
        label={labels.phone}
        hint={labels.phoneHint}
        error={form.errorFor("phone")}
        errorPrefix={labels.errorPrefix}
        type="tel"
        inputMode="numeric"
        autoComplete="off"
        width="short"
        defaultValue={form.value("phone")}
      />
      <CheckboxField
        name="cardSeen"
        label={<span className="sr-only">{labels.cardSeen}</span>}
        error={form.errorFor("cardSeen")}
        errorPrefix={labels.errorPrefix}
        choices={[{ value: "yes", label: labels.cardSeen }]}
        selected={form.value("cardSeen") === "yes" ? ["yes"] : []}
      />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
