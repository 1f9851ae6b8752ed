/**
 * The registration forms' schemas, shared by the browser (react-hook-form) and the server
 * actions. Messages are keys of enrollment.errors, translated where they are shown.
 */
import { z } from "zod";
import { idNumberProblem, normalizeIdNumber } from "@/lib/identity/id-number";
import { normalizePhone, phoneProblem } from "@/lib/identity/phone";

/** The registry's relation codes (lib/db/schema.ts RELATIONS), here so that the browser need not load the schema. */
export const RELATIONS = ["spouse", "parent", "child", "sibling", "grandparent", "grandchild"] as const;

const ID_PROBLEM_KEYS = { required: "idRequired", format: "idFormat", birthDate: "idBirthDate", checkDigit: "idCheckDigit" } as const;

export const choosePersonSchema = z.object({ person: z.string().min(1, "personRequired").max(40, "personRequired") });

export const relativeSchema = z.object({
  name: z.string().trim().min(1, "nameRequired").max(60, "nameTooLong"),
  idNumber: z.string().superRefine((value, ctx) => {
    const problem = idNumberProblem(normalizeIdNumber(value));
    if (problem) ctx.addIssue({ code: "custom", message: ID_PROBLEM_KEYS[problem] });
  }),
  relation: z.enum(RELATIONS, "relationRequired"),
});

export const consentCodeSchema = z.object({
  code: z.string().superRefine((value, ctx) => {
    const code = value.replace(/\s/g, "");
    if (code === "") ctx.addIssue({ code: "custom", message: "codeRequired" });
    else if (!/^\d{6}$/.test(code)) ctx.addIssue({ code: "custom", message: "codeFormat" });
  }),
});

/** What the route needs besides a contact phone. */
export type DetailsNeeds = { permitNumber: boolean; parentPermitNumber: boolean };

const permitNumber = (needed: boolean, key: "permitRequired" | "parentPermitRequired") =>
  z
    .string()
    .max(40, "permitFormat")
    .superRefine((value, ctx) => {
      if (needed && value.trim() === "") ctx.addIssue({ code: "custom", message: key });
    });

export function detailsSchema(needs: DetailsNeeds) {
  return z.object({
    contactPhone: z.string().superRefine((value, ctx) => {
      const problem = phoneProblem(normalizePhone(value));
      if (problem) ctx.addIssue({ code: "custom", message: problem === "required" ? "phoneRequired" : "phoneFormat" });
    }),
    permitNumber: permitNumber(needs.permitNumber, "permitRequired"),
    parentPermitNumber: permitNumber(needs.parentPermitNumber, "parentPermitRequired"),
  });
}

export const CORRECTABLE_FACTS = ["residency", "school", "assistance", "history", "employee", "other"] as const;

export const correctionSchema = z.object({
  fact: z.enum(CORRECTABLE_FACTS, "factRequired"),
  note: z.string().trim().min(1, "noteRequired").max(500, "noteTooLong"),
});

export type EnrollmentErrorKey =
  | "personRequired"
  | "nameRequired"
  | "nameTooLong"
  | "relationRequired"
  | "codeRequired"
  | "codeFormat"
  | "phoneRequired"
  | "phoneFormat"
  | "permitRequired"
  | "parentPermitRequired"
  | "permitFormat"
  | "factRequired"
  | "noteRequired"
  | "noteTooLong"
  | (typeof ID_PROBLEM_KEYS)[keyof typeof ID_PROBLEM_KEYS];

/** The most characters read from a field of these forms (lib/web/form-action cuts the rest): a correction note may be 500. */
export const ENROLLMENT_MAX_LENGTH = 600;
