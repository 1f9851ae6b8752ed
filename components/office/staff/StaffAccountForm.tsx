"use client";

import { CheckboxField, RadioField, type Choice } from "@/components/form/ChoiceField";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { TextField } from "@/components/form/TextField";
import { buttonClass } from "@/components/ui/Button";
import type { OfficeFormState } from "@/lib/forms/office";
import { useActionForm } from "../useActionForm";
import { IssuedPasswordPanel, type IssuedLabels } from "./IssuedPasswordPanel";

export type StaffAccountLabels = {
  summaryTitle: string;
  errorPrefix: string;
  submit: string;
  staffNumber: string;
  staffNumberHint: string;
  name: string;
  nameHint: string;
  roles: string;
  rolesHint: string;
  region: string;
  regionHint: string;
  issued: IssuedLabels;
};

/**
 * A staff account's form: a new account (number, name, roles, region), or an existing one's roles
 * and region. A new account's answer carries its one-time password, shown here once.
 */
export function StaffAccountForm({
  mode,
  action,
  initial,
  roleChoices,
  regionChoices,
  labels,
}: {
  mode: "create" | "roles";
  action: (state: OfficeFormState, data: FormData) => Promise<OfficeFormState>;
  initial: OfficeFormState;
  roleChoices: Choice[];
  regionChoices: Choice[];
  labels: StaffAccountLabels;
}) {
  const form = useActionForm(action, initial);
  if (form.state.issued) return <IssuedPasswordPanel issued={form.state.issued} labels={labels.issued} />;
  return (
    <form {...form.formProps} className="max-w-2xl">
      <ErrorSummary title={labels.summaryTitle} errors={form.errors} />
      {mode === "create" ? (
        <>
          <TextField
            name="staffNumber"
            label={labels.staffNumber}
            hint={labels.staffNumberHint}
            error={form.errorFor("staffNumber")}
            errorPrefix={labels.errorPrefix}
            width="short"
            autoComplete="off"
            spellCheck={false}
            defaultValue={form.value("staffNumber")}
          />
          <TextField name="displayName" label={labels.name} hint={labels.nameHint} error={form.errorFor("displayName")} errorPrefix={labels.errorPrefix} autoComplete="off" defaultValue={form.value("displayName")} />
        </>
      ) : null}
      <CheckboxField
        name="roles"
        label={labels.roles}
        hint={labels.rolesHint}
        error={form.errorFor("roles")}
        errorPrefix={labels.errorPrefix}
        choices={roleChoices}
        selected={(form.value("roles") ?? "").split(",")}
      />
      <RadioField name="region" label={labels.region} hint={labels.regionHint} error={form.errorFor("region")} errorPrefix={labels.errorPrefix} choices={regionChoices} selected={form.value("region") ?? ""} />
      <button type="submit" className={buttonClass()} disabled={form.pending}>
        {labels.submit}
      </button>
    </form>
  );
}
