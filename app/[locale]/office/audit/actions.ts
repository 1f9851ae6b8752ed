"use server";

import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { auditSearchSchema, looksLikeIdNumber } from "@/lib/forms/office-reports";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { findPersonForAudit } from "@/lib/services/office/audit-search";
import { formAction } from "@/lib/web/form-action";
import { requireStaff } from "@/lib/web/require-staff";

/**
 * The audit search's post. A typed ID number is looked up here and never put in an address: the
 * results page (where the search runs and is audited) names the person by registry id. The other
 * criteria go to the address as typed; the page checks them with its own schema and shows what is
 * wrong, so a refused post and an accepted one answer the same way.
 */
export async function auditSearchAction(localeParam: string, formData: FormData): Promise<void> {
  const locale: Locale = isLocale(localeParam) ? localeParam : defaultLocale;
  const actor = await requireStaff(locale);
  const toResults = async (values: { person: string; staff: string; action: string; from: string; to: string }) => {
    const query = new URLSearchParams({ staff: values.staff.trim(), action: values.action.trim(), from: values.from.trim(), to: values.to.trim() });
    const person = values.person.trim();
    if (person !== "" && !looksLikeIdNumber(person)) query.set("person", person);
    else if (person !== "") {
      const found = await findPersonForAudit(await getDb(), actor, person, now());
      if (found.ok) query.set("person", found.personId);
      else query.set("personError", found.reason === "region" ? "personRegion" : "personUnknown");
    }
    return redirect({ href: `/office/audit?${query.toString()}`, locale });
  };
  await formAction(auditSearchSchema, (_parsed, form) => toResults(form.values), {
    locale,
    maxLength: 200,
    invalid: async (state) => {
      await toResults(state.values);
      return state;
    },
  })(formData);
}
