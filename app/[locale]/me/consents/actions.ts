"use server";

import { z } from "zod";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { ENROLLMENT_MAX_LENGTH } from "@/lib/forms/enrollment";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { decideConsent } from "@/lib/services/enrollment/consent";
import { formAction } from "@/lib/web/form-action";
import { requireActor } from "@/lib/web/require-actor";

const DONE = { approve: "approved", refuse: "refused", withdraw: "withdrawn" } as const;
const consentForm = z.object({ delegationId: z.string() });

/** The relative approves, refuses or withdraws: a plain form, answered with a redirect. */
export async function decideConsentAction(localeParam: string, decision: "approve" | "refuse" | "withdraw", data: FormData): Promise<void> {
  const locale = isLocale(localeParam) ? localeParam : defaultLocale;
  const principal = await requireActor(locale);
  await formAction(
    consentForm,
    async ({ delegationId }) => {
      const result = await decideConsent(await getDb(), principal, { delegationId, decision }, now());
      return redirect({ href: `/me/consents?done=${result.ok ? DONE[decision] : "gone"}`, locale });
    },
    { locale, maxLength: ENROLLMENT_MAX_LENGTH },
  )(data);
}
