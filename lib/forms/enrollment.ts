/**
 * The registration forms' schemas, shared by the browser (react-hook-form) and the server
 * actions. Messages are keys of enrollment.errors, translated where they are shown.
 */
import * as z from "zod/mini";
import { RELATIONS } from "@/lib/rules/vocabulary";
import { codeField, idNumberField, nameField, phoneField, type CodeErrorKey, type IdNumberErrorKey, type NameErrorKey, type PhoneErrorKey } from "./fields";

export const choosePersonSchema = z.object({ person: z.string().check(z.minLength(1, "personRequired"), z.maxLength(40, "personRequired")) });

export const relativeSchema = z.object({
  name: nameField(),
  idNumber: idNumberField(),
  relation: z.enum(RELATIONS, "relationRequired"),
});

export const consentCodeSchema = z.object({ code: codeField() });

/** What the route needs besides a contact phone. */
export type DetailsNeeds = { permitNumber: boolean; parentPermitNumber: boolean };

const permitNumber = (needed: boolean, key: "permitRequired" | "parentPermitRequired") =>
  z.string().check(
    z.maxLength(40, "permitFormat"),
    z.superRefine((value, ctx) => {
      if (needed && value.trim() === "") ctx.addIssue({ code: "custom", input: value, message: key });
    }),
  );

export function detailsSchema(needs: DetailsNeeds) {
  return z.object({
    contactPhone: phoneField(),
    permitNumber: permitNumber(needs.permitNumber, "permitRequired"),
    parentPermitNumber: permitNumber(needs.parentPermitNumber, "parentPermitRequired"),
  });
}

export const CORRECTABLE_FACTS = ["residency", "school", "assistance", "history", "employee", "other"] as const;

export const correctionSchema = z.object({
  fact: z.enum(CORRECTABLE_FACTS, "factRequired"),
  note: z.string().check(z.trim(), z.minLength(1, "noteRequired"), z.maxLength(500, "noteTooLong")),
});

export type EnrollmentErrorKey =
  | "personRequired"
  | NameErrorKey
  | "relationRequired"
  | CodeErrorKey
  | PhoneErrorKey
  | "permitRequired"
  | "parentPermitRequired"
  | "permitFormat"
  | "factRequired"
  | "noteRequired"
  | "noteTooLong"
  | IdNumberErrorKey;

/** The most characters read from a field of these forms (lib/web/form-action cuts the rest): a correction note may be 500. */
export const ENROLLMENT_MAX_LENGTH = 600;
