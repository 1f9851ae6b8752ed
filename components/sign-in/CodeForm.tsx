"use client";

import { OneTimeCodeForm, type OneTimeCodeLabels } from "@/components/form/OneTimeCodeField";
import type { FormStateAction } from "@/lib/forms/form-state";
import { codeStepSchema } from "@/lib/forms/sign-in";

/** Step 2 of sign-in (and the old phone's code): the 6-digit code from the text message. */
export function CodeForm(props: { action: FormStateAction; labels: OneTimeCodeLabels; messages: Record<string, string> }) {
  return <OneTimeCodeForm schema={codeStepSchema} {...props} />;
}
