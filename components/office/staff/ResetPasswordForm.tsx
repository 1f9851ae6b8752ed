"use client";

import { Button } from "@/components/ui/Button";
import type { OfficeFormState } from "@/lib/forms/office";
import { useActionForm } from "../useActionForm";
import { IssuedPasswordPanel, type IssuedLabels } from "./IssuedPasswordPanel";

/** "Reset the password": the answer carries the new one-time password, shown here once. */
export function ResetPasswordForm({ action, labels }: { action: (state: OfficeFormState, data: FormData) => Promise<OfficeFormState>; labels: { submit: string; issued: IssuedLabels } }) {
  const form = useActionForm(action, { errors: [], values: {} });
  if (form.state.issued) return <IssuedPasswordPanel issued={form.state.issued} labels={labels.issued} />;
  return (
    <form {...form.formProps}>
      <Button variant="secondary" disabled={form.pending}>
        {labels.submit}
      </Button>
    </form>
  );
}
