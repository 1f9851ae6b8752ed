"use client";

import { useActionState } from "react";
import type { OfficeFormState } from "@/lib/forms/office";

/**
 * A console form that posts to a server action and shows what it answers, with or without
 * JavaScript (useActionState), without checking in the browser first: staff forms are few and
 * short, and the server's schema says everything (docs/decisions/0015).
 */
export function useActionForm(action: (state: OfficeFormState, data: FormData) => Promise<OfficeFormState>, initial: OfficeFormState) {
  const [state, formAction, pending] = useActionState(action, initial);
  return {
    state,
    formProps: { action: formAction, noValidate: true },
    errors: state.errors,
    errorFor: (field: string) => state.errors.find((e) => e.field === field)?.message,
    value: (field: string): string | undefined => state.values[field],
    pending,
  };
}
