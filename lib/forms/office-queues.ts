/**
 * The office console's queue forms (issue 14), shared by the pages and the services that check
 * them again. Messages are keys of officeQueues.errors.
 */
import * as z from "zod/mini";
import { ASSISTANCE_CODES, PERMIT_KINDS, RESIDENCIES, SCHOOLS } from "@/lib/rules/vocabulary";
import type { CORRECTABLE_FACTS } from "./enrollment";

export type CorrectableFact = (typeof CORRECTABLE_FACTS)[number];

/** The resident reads this reason: a sentence, not a code. */
export const reasonField = () => z.string().check(z.trim(), z.minLength(4, "reasonRequired"), z.maxLength(500, "reasonTooLong"));

export const rejectSchema = z.object({ reason: reasonField() });

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);
const text = (max = 100) => z.string().check(z.trim(), z.maxLength(max, "textTooLong"));
const optionalDate = () =>
  z.string().check(
    z.trim(),
    z.refine((value) => value === "" || isDate(value), "dateFormat"),
  );

/** What the clerk may add to any decision: a note the resident reads. */
const note = () => text(500);

function requireWhen<T extends Record<string, unknown>>(condition: (value: T) => boolean, field: keyof T & string, message: string) {
  return z.superRefine<T>((value, ctx) => {
    if (condition(value) && String(value[field] ?? "").trim() === "") ctx.addIssue({ code: "custom", input: value, path: [field], message });
  });
}

const residency = z
  .object({ residency: z.enum(RESIDENCIES, "residencyRequired"), permitNumber: text(40), permitValidTo: optionalDate(), note: note() })
  .check(requireWhen((v) => (PERMIT_KINDS as readonly string[]).includes(v.residency), "permitNumber", "permitRequired"));

const school = z
  .object({ schoolLevel: z.enum(SCHOOLS, "schoolRequired"), schoolName: text(), schoolEnd: optionalDate(), note: note() })
  .check(
    requireWhen((v) => v.schoolLevel !== "none", "schoolName", "schoolNameRequired"),
    requireWhen((v) => v.schoolLevel !== "none", "schoolEnd", "schoolEndRequired"),
  );

/** The groups the person is in, in full (none ticked: in none); the service checks them against the pack. */
const assistance = z.object({ groups: z.array(z.enum(ASSISTANCE_CODES, "groupUnknown")), note: note() });

export const LAST_YEAR_CATEGORIES = ["infant", "student", "minor", "college", "adult", "resident"] as const;
const history = z
  .object({ insuredLastYear: z.enum(["yes", "no"], "choiceRequired"), lastCategory: z.union([z.enum(LAST_YEAR_CATEGORIES), z.literal("")], "categoryRequired"), note: note() })
  .check(requireWhen((v) => v.insuredLastYear === "yes", "lastCategory", "categoryRequired"));

const employee = z.object({ employed: z.enum(["yes", "no"], "choiceRequired"), province: text(20), city: text(40), note: note() });

const other = z.object({ note: z.string().check(z.trim(), z.minLength(4, "noteRequired"), z.maxLength(500, "reasonTooLong")) });

/** The corrected value the clerk enters, one schema per fact a resident can report (CORRECTABLE_FACTS). */
export const correctedValueSchemas = { residency, school, assistance, history, employee, other } satisfies Record<CorrectableFact, unknown>;

export type CorrectedValue = { [F in CorrectableFact]: { fact: F } & z.infer<(typeof correctedValueSchemas)[F]> }[CorrectableFact];

/** The form's raw values as the schema of the fact reads them (a ticked box is a string, several a list). */
export function correctedValueInput(fact: CorrectableFact, raw: Record<string, unknown>): Record<string, unknown> {
  const str = (name: string) => (typeof raw[name] === "string" ? (raw[name] as string) : "");
  if (fact === "assistance") {
    const groups = raw.groups;
    return { groups: Array.isArray(groups) ? groups : typeof groups === "string" && groups !== "" ? [groups] : [], note: str("note") };
  }
  const names = Object.keys(correctedValueSchemas[fact].def.shape);
  return Object.fromEntries(names.map((name) => [name, str(name)]));
}

/** The queue lists' filters, read from the query string; anything unreadable is no filter. */
export function queueFilters<S extends string>(statuses: readonly S[], params: Record<string, string | string[] | undefined>) {
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value)?.trim().slice(0, 40) ?? "";
  };
  const status = one("status");
  const age = Number(one("age"));
  return {
    region: one("region") || null,
    district: one("district") || null,
    status: (statuses as readonly string[]).includes(status) ? (status as S) : null,
    /** Only items at least this many days old. */
    minAgeDays: Number.isInteger(age) && age > 0 && age <= 3650 ? age : null,
  };
}
export type QueueFilters<S extends string = string> = ReturnType<typeof queueFilters<S>>;

export const payoutReferenceSchema = z.object({
  reference: z.string().check(z.trim(), z.minLength(1, "referenceRequired"), z.maxLength(40, "referenceFormat"), z.regex(/^[A-Za-z0-9-]*$/, "referenceFormat")),
});

export type OfficeQueuesErrorKey =
  | "reasonRequired"
  | "reasonTooLong"
  | "textTooLong"
  | "dateFormat"
  | "residencyRequired"
  | "permitRequired"
  | "schoolRequired"
  | "schoolNameRequired"
  | "schoolEndRequired"
  | "groupUnknown"
  | "choiceRequired"
  | "categoryRequired"
  | "noteRequired"
  | "referenceRequired"
  | "referenceFormat"
  | "provinceRequired";
