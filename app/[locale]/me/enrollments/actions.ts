"use server";

import { now, today } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale } from "@/lib/i18n/routing";
import { cancelRegistration } from "@/lib/services/enrollment/registration";
import { formAction, noFields } from "@/lib/web/form-action";
import { requireActor } from "@/lib/web/require-actor";

/** Cancel before payment, after the confirmation page (the enrollment is bound, the form posts nothing else). */
export async function cancelAction(localeParam: string, enrollmentId: string, data?: FormData): Promise<void> {
  const locale = isLocale(localeParam) ? localeParam : defaultLocale;
  const actor = await requireActor(locale);
  await formAction(
    noFields,
    async () => {
      const result = await cancelRegistration(await getDb(), actor, enrollmentId, now(), today());
      return redirect({ href: result.ok ? `/me/enrollments?cancelled=${result.reference}` : "/me/enrollments?notCancellable=1", locale });
    },
    { locale },
  )(data);
}
