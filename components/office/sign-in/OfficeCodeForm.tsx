"use client";

import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { useServerForm } from "@/components/form/useServerForm";
import { buttonClass } from "@/components/ui/Button";
import { initialFormState, type FormStateAction } from "@/lib/forms/form-state";
import { enrolCodeSchema, secondFactorSchema } from "@/lib/forms/office";
import type { OfficeFormLabels } from "./StaffSignInForm";

/** A code from the authenticator app: the second factor (a recovery code is taken too), or the first code at enrolment. */
export function OfficeCodeForm({
  kind,
  action,
  labels,
  messages,
}: {
  kind: "second-factor" | "enrol";
  action: FormStateAction;
  labels: OfficeFormLabels & { code: string; codeHint: string };
  messages: Record<string, string>;
}) {
  const schema = kind === "enrol" ? enrolCodeSchema : secondFactorSchema;
  const form = useServerForm({ schema, action, initial: initialFormState(), fields: ["code"], messages });
  return (
    <form {...form.formProps} className="max-w-xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      <TextField
        label={labels.code}
        hint={labels.codeHint}
        error={form.errorFor("code")}
        errorPrefix={labels.errorPrefix}
        inputMode={kind === "enrol" ? "numeric" : "text"}
        autoComplete="one-time-code"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={16}
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
