"use server";

import { getTranslations } from "next-intl/server";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { MAX_FIELD_LENGTH } from "@/lib/forms/form-data";
import { counterBindSchema, counterLookupSchema, type OfficeFormState } from "@/lib/forms/office";
import { maskPhone, normalizePhone } from "@/lib/identity/phone";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { bindAtCounter } from "@/lib/services/office/counter-binding";
import { findForCounter } from "@/lib/services/office/counter-lookup";
import { formAction } from "@/lib/web/form-action";
import { requireStaff } from "@/lib/web/require-staff";
import { errorTranslator } from "../../sign-in/messages";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);

/** Step 1: the person with the card's ID number, on the counter page. */
export async function counterLookupAction(localeParam: string, _state: OfficeFormState, data: FormData): Promise<OfficeFormState> {
  const locale = localeOf(localeParam);
  const staff = await requireStaff(locale, "clerk");
  return formAction(
    counterLookupSchema,
    async (parsed, { t, error }) => {
      const found = await findForCounter(await getDb(), staff, parsed.idNumber, now());
      if (found.ok) return redirect({ href: `/office/counter?person=${encodeURIComponent(found.personId)}`, locale });
      return error("idNumber", found.reason === "not-found" ? (await counterMessages(locale))("notFound") : t("idFormat"));
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(data);
}

const counterMessages = (locale: Locale) => getTranslations({ locale, namespace: "office.counter" });

/** Step 2: bind the phone; then the counter page says what was done and who was told. */
export async function counterBindAction(localeParam: string, personId: string, _state: OfficeFormState, data: FormData): Promise<OfficeFormState> {
  const locale = localeOf(localeParam);
  const staff = await requireStaff(locale, "clerk");
  return formAction(
    counterBindSchema,
    async (parsed, { t, error }) => {
      const result = await bindAtCounter(await getDb(), staff, { phone: parsed.phone }, personId, now());
      if (result.ok) {
        const phone = maskPhone(normalizePhone(parsed.phone));
        return redirect({ href: `/office/counter?bound=${encodeURIComponent(personId)}&phone=${encodeURIComponent(phone)}&released=${result.releasedAccountId ? 1 : 0}`, locale });
      }
      if (result.reason === "phone-invalid") return error("phone", t("phoneFormat"));
      const tCounter = await counterMessages(locale);
      const key = { underage: "underage", "out-of-region": "outOfRegion", "bound-elsewhere": "boundElsewhere", "no-person": "gone", "no-account": "gone", "staff-required": "gone" } as const;
      return error("phone", tCounter(key[result.reason]));
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(data);
}
