import { z } from "zod";
import { isPlainDate, type AssistanceCode, type Category } from "@/lib/rules/schema";
import type { Answers, HistoryAnswer } from "./answers";
import type { RawValue, RawValues } from "./form-data";

/**
 * The pages of the eligibility check, in order, and one zod schema per page. A schema reads what
 * the page's form posts (strings) and gives the typed answers; the browser (react-hook-form) and
 * the server action use the same one. Messages are keys of the "check" namespace.
 * This module is shared with the browser: zod and types only.
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

export const RESIDENCIES = ["local-hukou", "residence-permit", "hmt-residence-permit", "foreign-permanent-residence", "none"] as const;
export const OTHER_INSURANCE = ["none", "employee", "resident-elsewhere"] as const;
export const SCHOOLS = ["none", "primary-secondary", "higher-education"] as const;
export const NO_ASSISTANCE = "none";

/** Any posted value, including none at all (a radio left unchosen is not posted). */
const posted = () => z.unknown().optional();

const blank = (value: unknown) => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** One of a list, or the "required" message. */
function oneOf<T extends string>(values: readonly T[], required: string) {
  return posted().transform((value, ctx): T => {
    if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T;
    ctx.addIssue({ code: "custom", message: required });
    return z.NEVER;
  });
}

const yesNo = (required: string) => oneOf(["yes", "no"], required).transform((value) => value === "yes");

/** Digits typed with a Chinese input method come as full-width characters. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).trim();
}

function text(value: RawValue): string {
  return typeof value === "string" ? asciiDigits(value) : "";
}

/** A whole number typed in a box: the message key for what is wrong with it, or the number. */
function wholeNumber(value: RawValue, min: number, max: number, keys: { required: string; invalid: string }): number | string {
  const typed = text(value);
  if (typed === "") return keys.required;
  if (!/^\d{1,3}$/.test(typed)) return keys.invalid;
  const number = Number(typed);
  return number < min || number > max ? keys.invalid : number;
}

const birthDateSchema = (today: string) =>
  posted().transform((value, ctx): string => {
    const parts = (typeof value === "object" && value !== null ? value : {}) as Record<string, RawValue>;
    const [year, month, day] = [text(parts.year), text(parts.month), text(parts.day)];
    const fail = (message: string) => {
      ctx.addIssue({ code: "custom", message });
      return z.NEVER;
    };
    if (!year && !month && !day) return fail("errors.birthDate.required");
    if (!year || !month || !day) return fail("errors.birthDate.incomplete");
    if (!/^\d{4}$/.test(year) || !/^\d{1,2}$/.test(month) || !/^\d{1,2}$/.test(day)) return fail("errors.birthDate.invalid");
    const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
    if (Number(year) < 1900) return fail("errors.birthDate.tooEarly");
    if (!isPlainDate(iso)) return fail("errors.birthDate.invalid");
    if (iso > today) return fail("errors.birthDate.future");
    return iso;
  });

const assistanceSchema = (codes: readonly AssistanceCode[]) =>
  posted().transform((value, ctx): AssistanceCode[] => {
    const chosen = (Array.isArray(value) ? value : blank(value) ? [] : [value]).filter((v): v is string => typeof v === "string");
    if (chosen.length === 0) {
      ctx.addIssue({ code: "custom", message: "errors.assistance.required" });
      return z.NEVER;
    }
    if (chosen.includes(NO_ASSISTANCE) && chosen.length > 1) {
      ctx.addIssue({ code: "custom", message: "errors.assistance.exclusive" });
      return z.NEVER;
    }
    const groups = chosen.filter((code) => code !== NO_ASSISTANCE);
    if (groups.some((code) => !(codes as readonly string[]).includes(code))) {
      ctx.addIssue({ code: "custom", message: "errors.assistance.required" });
      return z.NEVER;
    }
    return groups as AssistanceCode[];
  });

const historySchema = (fields: HistoryFields) =>
  z
    .object({
      insuredLastYear: yesNo("errors.history.required"),
      yearsInsured: posted(),
      zeroClaimLastYear: posted(),
      lastCategory: posted(),
      gapYears: posted(),
    })
    .transform((raw, ctx): HistoryAnswer => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
      if (raw.insuredLastYear) {
        const answer: HistoryAnswer = { insuredLastYear: true };
        if (fields.years) {
          const years = wholeNumber(raw.yearsInsured as RawValue, 1, fields.maxYears, {
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
        return answer;
      }
      const answer: HistoryAnswer = { insuredLastYear: false };
      if (fields.gapYears) {
        const gap = wholeNumber(raw.gapYears as RawValue, 1, fields.maxGapYears, {
          required: "errors.history.gapRequired",
          invalid: "errors.history.gapInvalid",
        });
        if (typeof gap === "string") issue("gapYears", gap);
        else answer.gapYears = gap;
      }
      return answer;
    });

type StepSchema = z.ZodType<Partial<Answers>, unknown>;

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
  history: (fields) => historySchema(fields).transform((history) => ({ history })),
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
