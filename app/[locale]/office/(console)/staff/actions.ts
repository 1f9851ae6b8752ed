"use server";

import { revalidatePath } from "next/cache";
import { now } from "@/lib/clock";
import { getDb } from "@/lib/db/client";
import { MAX_FIELD_LENGTH } from "@/lib/forms/form-data";
import { createStaffSchema, staffRolesSchema, type OfficeFormState } from "@/lib/forms/office";
import { redirect } from "@/lib/i18n/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/routing";
import { changeStaff, createStaff, resetPassword, resetSecondFactor, setStaffDisabled, staffDetail, type AdminRefusal } from "@/lib/services/office/staff-accounts";
import { formAction, noFields } from "@/lib/web/form-action";
import { requireStaff } from "@/lib/web/require-staff";
import { errorTranslator } from "../../sign-in/messages";

const localeOf = (value: unknown): Locale => (isLocale(value) ? value : defaultLocale);

/** The roles are one checkbox each under one name: the schema reads them joined. */
function withRolesJoined(data: FormData): FormData {
  data.set("roles", data.getAll("roles").filter((v): v is string => typeof v === "string").join(","));
  return data;
}

/** Back to the account's page, saying what happened (a plain form, answered with a redirect). */
function backTo(staffId: string, locale: Locale, result: { ok: true } | AdminRefusal, done: string): never {
  const query = result.ok ? `done=${done}` : `refused=${result.reason}`;
  return redirect({ href: `/office/staff/${staffId}?${query}`, locale });
}

export async function createStaffAction(localeParam: string, _state: OfficeFormState, data: FormData): Promise<OfficeFormState> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "admin");
  return formAction(
    createStaffSchema,
    async (parsed, { t, error }) => {
      const result = await createStaff(await getDb(), actor, { ...parsed, roles: parsed.roles.split(",") }, now());
      if (result.ok) {
        revalidatePath(`/${locale}/office/staff`);
        const answer = { errors: [], values: { staffNumber: "", displayName: "", roles: "", region: "" }, issued: { staffNumber: parsed.staffNumber, displayName: parsed.displayName, oneTimePassword: result.oneTimePassword } };
        return answer;
      }
      if (result.reason === "number-taken") return error("staffNumber", t("staffNumberTaken", { number: parsed.staffNumber }));
      return error("region", t("regionInvalid"));
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(withRolesJoined(data));
}

export async function changeStaffAction(localeParam: string, staffId: string, _state: OfficeFormState, data: FormData): Promise<OfficeFormState> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "admin");
  return formAction(
    staffRolesSchema,
    async (parsed, { t, error }) => {
      const result = await changeStaff(await getDb(), actor, staffId, { roles: parsed.roles.split(","), region: parsed.region }, now());
      if (!result.ok && result.reason === "invalid") return error("region", t("regionInvalid"));
      return backTo(staffId, locale, result, "roles");
    },
    { locale, messages: errorTranslator, maxLength: MAX_FIELD_LENGTH },
  )(withRolesJoined(data));
}

export async function setStaffDisabledAction(localeParam: string, staffId: string, disabled: boolean, data?: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "admin");
  await formAction(noFields, async () => backTo(staffId, locale, await setStaffDisabled(await getDb(), actor, staffId, disabled, now()), disabled ? "disabled" : "enabled"), { locale })(data);
}

export async function resetSecondFactorAction(localeParam: string, staffId: string, data?: FormData): Promise<void> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "admin");
  await formAction(noFields, async () => backTo(staffId, locale, await resetSecondFactor(await getDb(), actor, staffId, now()), "secondFactor"), { locale })(data);
}

/** The answer carries the new one-time password, shown once on the account's page. */
export async function resetPasswordAction(localeParam: string, staffId: string, _state: OfficeFormState, data: FormData): Promise<OfficeFormState> {
  const locale = localeOf(localeParam);
  const actor = await requireStaff(locale, "admin");
  return formAction(
    noFields,
    async () => {
      const db = await getDb();
      const result = await resetPassword(db, actor, staffId, now());
      if (!result.ok) return backTo(staffId, locale, result, "");
      const staff = await staffDetail(db, actor, staffId);
      const answer = { errors: [], values: {}, issued: { staffNumber: staff?.staffNumber ?? "", displayName: staff?.displayName ?? "", oneTimePassword: result.oneTimePassword } };
      return answer;
    },
    { locale },
  )(data);
}
