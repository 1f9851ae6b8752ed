/**
 * The office console's forms: one schema each, shared by the browser (react-hook-form) and the
 * server actions. Messages are keys of office.errors, translated where they are shown.
 */
import * as z from "zod/mini";
import { codeField, idNumberField, phoneField, type CodeErrorKey, type IdNumberErrorKey, type PhoneErrorKey } from "./fields";

/** The roles and regions as the forms offer them (lib/db/schema's STAFF_ROLES and the packs' REGIONS, which the server checks again). */
export const ROLE_CHOICES = ["clerk", "reviewer", "admin"] as const;
export type RoleChoice = (typeof ROLE_CHOICES)[number];

const required = (key: string, max: number, tooLong: string) => z.string().check(z.trim(), z.minLength(1, key), z.maxLength(max, tooLong));

export const staffSignInSchema = z.object({
  staffNumber: required("staffNumberRequired", 20, "staffNumberFormat"),
  password: z.string().check(z.minLength(1, "passwordRequired")),
});

/** The second factor: six digits from the app, or a recovery code (XXXXX-XXXXX). */
export const secondFactorSchema = z.object({
  code: z.string().check(
    z.superRefine((value, ctx) => {
      const typed = value.replace(/[\s-]/g, "");
      if (typed === "") ctx.addIssue({ code: "custom", input: value, message: "codeRequired" });
      else if (!/^\d{6}$/.test(typed) && !/^[0-9A-Za-z]{10}$/.test(typed)) ctx.addIssue({ code: "custom", input: value, message: "secondFactorFormat" });
    }),
  ),
});

/** Enrolment: the first code from the app, six digits. */
export const enrolCodeSchema = z.object({ code: codeField() });

export const newPasswordSchema = z
  .object({
    password: z.string().check(z.minLength(1, "passwordRequired"), z.minLength(10, "passwordTooShort"), z.maxLength(128, "passwordTooLong")),
    confirm: z.string().check(z.minLength(1, "confirmRequired")),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.confirm !== "" && value.password !== value.confirm) ctx.addIssue({ code: "custom", input: value, path: ["confirm"], message: "confirmMismatch" });
    }),
  );

const staffNumberField = () => z.string().check(z.trim(), z.minLength(1, "staffNumberRequired"), z.regex(/^[0-9A-Za-z-]{1,20}$/, "staffNumberFormat"));
const rolesField = () =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const roles = value.split(",").filter(Boolean);
      if (roles.length === 0) ctx.addIssue({ code: "custom", input: value, message: "rolesRequired" });
      else if (!roles.every((r) => (ROLE_CHOICES as readonly string[]).includes(r))) ctx.addIssue({ code: "custom", input: value, message: "rolesRequired" });
    }),
  );

/**
 * A new account. Roles come as one checkbox per role (`role-clerk`, …), joined into `roles` by the
 * action before the schema reads them, so that both the browser and the server check one string.
 */
export const createStaffSchema = z.object({
  staffNumber: staffNumberField(),
  displayName: required("displayNameRequired", 40, "displayNameTooLong"),
  roles: rolesField(),
  region: z.string(),
});

export const staffRolesSchema = z.object({ roles: rolesField(), region: z.string() });

/** At the counter, step 1: the ID card's number, read off the card in the resident's presence. */
export const counterLookupSchema = z.object({ idNumber: idNumberField() });

/** At the counter, step 2: the phone to bind, and that the card was seen. */
export const counterBindSchema = z.object({
  phone: phoneField(),
  cardSeen: z.string().check(z.refine((value) => value === "yes", "cardSeenRequired")),
});

export type OfficeErrorKey =
  | CodeErrorKey
  | PhoneErrorKey
  | IdNumberErrorKey
  | "staffNumberRequired"
  | "staffNumberFormat"
  | "passwordRequired"
  | "secondFactorFormat"
  | "passwordTooShort"
  | "passwordTooLong"
  | "confirmRequired"
  | "confirmMismatch"
  | "displayNameRequired"
  | "displayNameTooLong"
  | "rolesRequired"
  | "cardSeenRequired";

/** A one-time password the server made, shown once in the answer to the form that asked for it (never stored in plain). */
export type IssuedPassword = { staffNumber: string; displayName: string; oneTimePassword: string };

/** What the console's forms' actions answer: the form state, and a one-time password when one was made. */
export type OfficeFormState = { errors: { field: string; message: string }[]; values: Record<string, string>; issued?: IssuedPassword };
