/**
 * The sign-in forms' schemas, shared by the browser (react-hook-form) and the server actions.
 * Messages are keys of account.errors, translated where they are shown. zod/mini keeps the
 * browser's share small.
 */
import * as z from "zod/mini";
import { idNumberProblem, normalizeIdNumber } from "@/lib/identity/id-number";
import { normalizePhone, phoneProblem } from "@/lib/identity/phone";

const ID_PROBLEM_KEYS = { required: "idRequired", format: "idFormat", birthDate: "idBirthDate", checkDigit: "idCheckDigit" } as const;

export const phoneStepSchema = z.object({
  phone: z.string().check(
    z.superRefine((value, ctx) => {
      const problem = phoneProblem(normalizePhone(value));
      if (problem) ctx.addIssue({ code: "custom", input: value, message: problem === "required" ? "phoneRequired" : "phoneFormat" });
    }),
  ),
});

export const codeStepSchema = z.object({
  code: z.string().check(
    z.superRefine((value, ctx) => {
      const code = value.replace(/\s/g, "");
      if (code === "") ctx.addIssue({ code: "custom", input: value, message: "codeRequired" });
      else if (!/^\d{6}$/.test(code)) ctx.addIssue({ code: "custom", input: value, message: "codeFormat" });
    }),
  ),
});

export const realNameStepSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, "nameRequired"), z.maxLength(60, "nameTooLong")),
  idNumber: z.string().check(
    z.superRefine((value, ctx) => {
      const problem = idNumberProblem(normalizeIdNumber(value));
      if (problem) ctx.addIssue({ code: "custom", input: value, message: ID_PROBLEM_KEYS[problem] });
    }),
  ),
});

export type ErrorKey =
  | "phoneRequired"
  | "phoneFormat"
  | "codeRequired"
  | "codeFormat"
  | "nameRequired"
  | "nameTooLong"
  | (typeof ID_PROBLEM_KEYS)[keyof typeof ID_PROBLEM_KEYS];
