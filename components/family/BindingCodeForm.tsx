"use client";

import { OneTimeCodeForm, type OneTimeCodeLabels } from "@/components/form/OneTimeCodeField";
import type { FormStateAction } from "@/lib/forms/form-state";
import { bindingCodeSchema } from "@/lib/forms/family";

/** The 6-digit code the relative read out to the payer. */
export function BindingCodeForm(props: { action: FormStateAction; messages: Record<string, string>; labels: OneTimeCodeLabels }) {
  return <OneTimeCodeForm schema={bindingCodeSchema} className="mb-8 max-w-xl" {...props} />;
}
