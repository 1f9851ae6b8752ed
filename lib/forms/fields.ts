/**
 * The fields several forms ask for, each with its message keys (the same keys in signIn.errors,
 * enrollment.errors and family.errors). Browser and server share them; zod/mini keeps the browser's
 * share small. Each field is a function, not a constant, so that a page's bundle holds only the
 * fields its form uses.
 */
import * as z from "zod/mini";
import { idNumberProblem, normalizeIdNumber } from "@/lib/identity/id-number";
import { normalizePhone, phoneProblem } from "@/lib/identity/phone";

const ID_PROBLEM_KEYS = { required: "idRequired", format: "idFormat", birthDate: "idBirthDate", checkDigit: "idCheckDigit" } as const;

export type PhoneErrorKey = "phoneRequired" | "phoneFormat";
export type CodeErrorKey = "codeRequired" | "codeFormat";
export type NameErrorKey = "nameRequired" | "nameTooLong";
export type IdNumberErrorKey = (typeof ID_PROBLEM_KEYS)[keyof typeof ID_PROBLEM_KEYS];

/** A mainland mobile number, as typed (spaces, +86). */
export const phoneField = () =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const problem = phoneProblem(normalizePhone(value));
      if (problem) ctx.addIssue({ code: "custom", input: value, message: problem === "required" ? "phoneRequired" : "phoneFormat" });
    }),
  );

/** A one-time code, spaces allowed: six digits, as CODE_POLICIES (lib/auth/one-time-code.ts, server-only) has for every purpose. */
export const codeField = () =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const code = value.replace(/\s/g, "");
      if (code === "") ctx.addIssue({ code: "custom", input: value, message: "codeRequired" });
      else if (!/^\d{6}$/.test(code)) ctx.addIssue({ code: "custom", input: value, message: "codeFormat" });
    }),
  );

/** A person's name as on their ID card, trimmed. */
export const nameField = () => z.string().check(z.trim(), z.minLength(1, "nameRequired"), z.maxLength(60, "nameTooLong"));

/** A resident ID number: every problem has its own message. */
export const idNumberField = () =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const problem = idNumberProblem(normalizeIdNumber(value));
      if (problem) ctx.addIssue({ code: "custom", input: value, message: ID_PROBLEM_KEYS[problem] });
    }),
  );
