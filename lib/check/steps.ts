import * as z from "zod/mini";
import { daysInMonth } from "@/lib/rules/dates";
import type { AssistanceCode, Category } from "@/lib/rules/schema";
import { OTHER_INSURANCE, RESIDENCIES, SCHOOLS } from "@/lib/rules/vocabulary";
import type { Answers, HistoryAnswer } from "./answers";
import type { RawValue, RawValues } from "@/lib/forms/form-state";

/**
 * The pages of the eligibility check, in order, and one zod schema per page. A schema reads what
 * the page's form posts (strings) and gives the typed answers; the browser (react-hook-form) and
 * the server action use the same one. Messages are keys of the "check" namespace.
 * This module is shared with the browser: zod/mini (a fraction of zod's weight) and types only.
 */
export const STEP_IDS = ["where", "birth-date", "status", "school", "employed", "parent-permit", "assistance", "history"] as const;
export type StepId = (typeof STEP_IDS)[number];

export function isStepId(value: unknown): value is StepId {
  return typeof value === "string" && (STEP_IDS as readonly string[]).includes(value);
}

/** What a page's schema needs to know from the answers before it (all JSON, passed to the browser). */
export type HistoryFields = {
  /** Ask how many years in a row (the continuity reward can apply). */
  years: boolean;
  maxYears: number;
  zeroClaim: boolean;
  /** Last year's category, when it may differ from this year's; empty when not asked. */
  lastCategories: Category[];
  gapYears: boolean;
  maxGapYears: number;
};
export type StepContexts = {
  where: { packIds: string[] };
  "birth-date": { today: string };
  status: Record<string, never>;
  school: Record<string, never>;
  employed: Record<string, never>;
  "parent-permit": Record<string, never>;
  assistance: { codes: AssistanceCode[] };
  history: HistoryFields;
};
export type StepContext = StepContexts[StepId];

export const NO_ASSISTANCE = "none";

type Report = (message: string, path?: string) => void;

/**
 * A posted value (or none: a radio left unchosen is not posted) read by a function that returns
 * the answer or reports a message key.
 */
function posted<T>(read: (value: unknown, report: Report) => T) {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((value: unknown, ctx) => {
      let failed = false;
      const answer = read(value, (message, path) => {
        failed = true;
        ctx.issues.push({ code: "custom", message, input: value, ...(path ? { path: [path] } : {}) });
      });
      return failed ? z.NEVER : answer;
    }),
  );
}

/** One of a list, or the "required" message. */
function oneOf<T extends string>(values: readonly T[], required: string) {
  return posted((value, report): T => {
    if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T;
    report(required);
    return values[0]!;
  });
}

const yesNo = (required: string) => posted((value, report) => (value === "yes" ? true : value === "no" ? false : (report(required), false)));

/** Digits typed with a Chinese input method come as full-width characters. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).trim();
}

function text(value: unknown): string {
  return typeof value === "string" ? asciiDigits(value) : "";
}

/** A whole number typed in a box: the message key for what is wrong with it, or the number. */
function wholeNumber(value: unknown, min: number, max: number, keys: { required: string; invalid: string }): number | string {
  const typed = text(value);
  if (typed === "") return keys.required;
  if (!/^\d{1,3}$/.test(typed)) return keys.invalid;
  const number = Number(typed);
  return number < min || number > max ? keys.invalid : number;
}

const birthDateSchema = (today: string) =>
  posted((value, report): string => {
    const parts = (typeof value === "object" && value !== null ? value : {}) as Record<string, RawValue>;
    const [year, month, day] = [text(parts.year), text(parts.month), text(parts.day)];
    const fail = (message: string) => (report(message), "");
    if (!year && !month && !day) return fail("errors.birthDate.required");
    if (!year || !month || !day) return fail("errors.birthDate.incomplete");
    if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return fail("errors.birthDate.invalid");
    const [y, m, d] = [Number(year), Number(month), Number(day)];
    if (y < 1900) return fail("errors.birthDate.tooEarly");
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return fail("errors.birthDate.invalid");
    const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
    if (iso > today) return fail("errors.birthDate.future");
    return iso;
  });

const assistanceSchema = (codes: readonly AssistanceCode[]) =>
  posted((value, report): AssistanceCode[] => {
    const chosen = (Array.isArray(value) ? value : value === undefined || value === "" ? [] : [value]).filter((v): v is string => typeof v === "string");
    const groups = chosen.filter((code) => code !== NO_ASSISTANCE);
    if (chosen.length === 0 || groups.some((code) => !(codes as readonly string[]).includes(code))) report("errors.assistance.required");
    else if (chosen.includes(NO_ASSISTANCE) && groups.length > 0) report("errors.assistance.exclusive");
    return groups as AssistanceCode[];
  });

/** The history page: the follow-up questions of the branch chosen, as far as the context asks them. */
const historySchema = (fields: HistoryFields) =>
  z.pipe(
    z.object({
      insuredLastYear: yesNo("errors.history.required"),
      yearsInsured: posted((value) => value),
      zeroClaimLastYear: posted((value) => value),
      lastCategory: posted((value) => value),
      gapYears: posted((value) => value),
    }),
    z.transform((raw, ctx): { history: HistoryAnswer } => {
      const issue = (path: string, message: string) => ctx.issues.push({ code: "custom", path: [path], message, input: raw });
      if (raw.insuredLastYear) {
        const answer: HistoryAnswer = { insuredLastYear: true };
        if (fields.years) {
          const years = wholeNumber(raw.yearsInsured, 1, fields.maxYears, {
            required: "errors.history.yearsRequired",
            invalid: "errors.history.yearsInvalid",
          });
          if (typeof years === "string") issue("yearsInsured", years);
          else answer.yearsInsured = years;
        }
        if (fields.zeroClaim) answer.zeroClaimLastYear = raw.zeroClaimLastYear === "yes";
        if (fields.lastCategories.length > 0) {
          const category = fields.lastCategories.find((c) => c === raw.lastCategory);
          if (!category) issue("lastCategory", "errors.history.lastCategoryRequired");
          else answer.lastCategory = category;
        }
        return { history: answer };
      }
      const answer: HistoryAnswer = { insuredLastYear: false };
      if (fields.gapYears) {
        const gap = wholeNumber(raw.gapYears, 1, fields.maxGapYears, {
          required: "errors.history.gapRequired",
          invalid: "errors.history.gapInvalid",
        });
        if (typeof gap === "string") issue("gapYears", gap);
        else answer.gapYears = gap;
      }
      return { history: answer };
    }),
  );

type StepSchema = z.ZodMiniType<Partial<Answers>, unknown>;

const SCHEMAS: { [S in StepId]: (context: StepContexts[S]) => StepSchema } = {
  where: ({ packIds }) => z.object({ pack: oneOf(packIds, "errors.pack.required") }),
  "birth-date": ({ today }) => z.object({ birthDate: birthDateSchema(today) }),
  status: () =>
    z.object({
      residency: oneOf(RESIDENCIES, "errors.residency.required"),
      otherInsurance: oneOf(OTHER_INSURANCE, "errors.otherInsurance.required"),
    }),
  school: () => z.object({ school: oneOf(SCHOOLS, "errors.school.required") }),
  employed: () => z.object({ employed: yesNo("errors.employed.required") }),
  "parent-permit": () => z.object({ parentResidencePermit: yesNo("errors.parentResidencePermit.required") }),
  assistance: ({ codes }) => z.object({ assistance: assistanceSchema(codes) }),
  history: (fields) => historySchema(fields),
};

/** The schema of a page, given what it needs to know from earlier answers. */
export function stepSchema<S extends StepId>(step: S, context: StepContexts[S]): StepSchema {
  return SCHEMAS[step](context);
}

/** Every message key a page's schema may give, so the page can send just those texts to the browser. */
export const STEP_ERROR_KEYS: { [S in StepId]: string[] } = {
  where: ["errors.pack.required"],
  "birth-date": [
    "errors.birthDate.required",
    "errors.birthDate.incomplete",
    "errors.birthDate.invalid",
    "errors.birthDate.tooEarly",
    "errors.birthDate.future",
  ],
  status: ["errors.residency.required", "errors.otherInsurance.required"],
  school: ["errors.school.required"],
  employed: ["errors.employed.required"],
  "parent-permit": ["errors.parentResidencePermit.required"],
  assistance: ["errors.assistance.required", "errors.assistance.exclusive"],
  history: [
    "errors.history.required",
    "errors.history.yearsRequired",
    "errors.history.yearsInvalid",
    "errors.history.lastCategoryRequired",
    "errors.history.gapRequired",
    "errors.history.gapInvalid",
  ],
};

/** The typed answers of a page back as form values, to fill the form in again. */
export function rawFromAnswers(step: StepId, answers: Answers): RawValues {
  const yesNoRaw = (value: boolean | undefined) => (value === undefined ? undefined : value ? "yes" : "no");
  switch (step) {
    case "where":
      return { pack: answers.pack };
    case "birth-date": {
      const date = answers.birthDate;
      if (!date) return {};
      return { birthDate: { year: date.slice(0, 4), month: String(Number(date.slice(5, 7))), day: String(Number(date.slice(8, 10))) } };
    }
    case "status":
      return { residency: answers.residency, otherInsurance: answers.otherInsurance };
    case "school":
      return { school: answers.school };
    case "employed":
      return { employed: yesNoRaw(answers.employed) };
    case "parent-permit":
      return { parentResidencePermit: yesNoRaw(answers.parentResidencePermit) };
    case "assistance":
      return answers.assistance ? { assistance: answers.assistance.length ? [...answers.assistance] : [NO_ASSISTANCE] } : {};
    case "history": {
      const history = answers.history;
      if (!history) return {};
      return {
        insuredLastYear: yesNoRaw(history.insuredLastYear),
        yearsInsured: history.yearsInsured === undefined ? undefined : String(history.yearsInsured),
        zeroClaimLastYear: history.zeroClaimLastYear ? "yes" : undefined,
        lastCategory: history.lastCategory,
        gapYears: history.gapYears === undefined ? undefined : String(history.gapYears),
      };
    }
  }
}

/** Form values with the undefined entries dropped (they must not reach the browser as "undefined"). */
export function compactRaw(raw: RawValues): RawValues {
  return Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined));
}
