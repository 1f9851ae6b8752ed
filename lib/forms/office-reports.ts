/**
 * The office console's report filters and audit search: one schema each, for the query of a page
 * (GET forms) and the audit search's post. Messages are keys of officeReports.errors.
 */
import * as z from "zod/mini";
import { idNumberProblem, normalizeIdNumber } from "@/lib/identity/id-number";
import { daysInclusive } from "@/lib/rules/dates";
import { isPlainDate } from "@/lib/rules/schema";
import { REGIONS } from "@/lib/rules/vocabulary";

/** How much one page or file reads at most: days of payments, days ahead for deadlines, days of audit trail. */
export const REPORT_LIMITS = { paymentDays: 92, deadlineDays: 60, auditDays: 366 } as const;

export type OfficeReportsErrorKey =
  | "yearInvalid"
  | "regionInvalid"
  | "dateInvalid"
  | "paymentRangeInvalid"
  | "auditRangeInvalid"
  | "daysInvalid"
  | "personFormat"
  | "staffFormat"
  | "actionInvalid"
  | "pageInvalid";

const region = () => z.enum(["", ...REGIONS], "regionInvalid");
const date = () => z.string().check(z.refine(isPlainDate, "dateInvalid"));
const range = (maxDays: number, message: OfficeReportsErrorKey) =>
  z.refine<{ from: string; to: string }>((v) => !isPlainDate(v.from) || !isPlainDate(v.to) || (v.from <= v.to && daysInclusive(v.from, v.to) <= maxDays), {
    message,
    path: ["to"],
  });

export const rateQuerySchema = z.object({ year: z.string().check(z.regex(/^20\d{2}$/, "yearInvalid")), region: region() });

export const paymentsQuerySchema = z.object({ from: date(), to: date(), region: region() }).check(range(REPORT_LIMITS.paymentDays, "paymentRangeInvalid"));

export const deadlinesQuerySchema = z.object({
  days: z.string().check(z.refine((v) => /^\d{1,2}$/.test(v) && Number(v) <= REPORT_LIMITS.deadlineDays, "daysInvalid")),
  region: region(),
});

/** A registry person id as the pages carry it (never an ID number: that is posted, not put in an address). */
export const REGISTRY_PERSON_ID = /^[a-z0-9][a-z0-9-]{0,39}$/;
const ID_NUMBER_SHAPE = /^\d{17}[\dX]$/;

/** Whether what was typed for the person is an ID number (else a registry person id). */
export function looksLikeIdNumber(value: string): boolean {
  return ID_NUMBER_SHAPE.test(normalizeIdNumber(value));
}

const staffNumber = () => z.string().check(z.refine((v) => v === "" || /^[A-Za-z0-9-]{1,20}$/.test(v), "staffFormat"));
const action = () => z.string().check(z.refine((v) => v === "" || /^[a-z-]+(\.[a-z-]+)+$/.test(v), "actionInvalid"));

/** The audit search as posted: the person by full ID number or registry person id. */
export const auditSearchSchema = z
  .object({
    person: z.string().check(
      z.refine((v) => {
        const value = v.trim();
        if (value === "") return true;
        return looksLikeIdNumber(value) ? idNumberProblem(normalizeIdNumber(value)) === null : REGISTRY_PERSON_ID.test(value);
      }, "personFormat"),
    ),
    staff: staffNumber(),
    action: action(),
    from: date(),
    to: date(),
  })
  .check(range(REPORT_LIMITS.auditDays, "auditRangeInvalid"));

/** The audit search's page address: the person by registry id only, and the page's keyset cursor. */
export const auditQuerySchema = z
  .object({
    person: z.string().check(z.refine((v) => v === "" || (REGISTRY_PERSON_ID.test(v) && !looksLikeIdNumber(v)), "personFormat")),
    staff: staffNumber(),
    action: action(),
    from: date(),
    to: date(),
    before: z.string().check(z.refine((v) => v === "" || /^[1-9]\d{0,15}$/.test(v), "pageInvalid")),
  })
  .check(range(REPORT_LIMITS.auditDays, "auditRangeInvalid"));
