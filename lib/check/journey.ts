import { z } from "zod";
import type { AssistanceCode } from "@/lib/rules/schema";
import type { Answers } from "./answers";
import { packOf, type FlowContext } from "./context";
import {
  SCHOOL_AGES,
  WORKING_AGE,
  evaluateAnswers,
  outcomesDiffer,
  plausibleLastCategories,
  yearsLivedUpToLastYear,
} from "./request";
import { STEP_IDS, rawFromAnswers, stepSchema, type HistoryFields, type StepContexts, type StepId } from "./steps";

/**
 * The eligibility check (J1) as data. Each page lists the answers it sets, when it is asked and
 * what its schema needs to know. A page is asked only when its answer can change the result:
 * apart from the first three, that is decided by asking the rules themselves whether the possible
 * answers, given everything answered so far, lead to different outcomes.
 */
type Step<S extends StepId> = {
  id: S;
  fields: (keyof Answers)[];
  asked: (known: Answers, ctx: FlowContext) => boolean;
  context: (known: Answers, ctx: FlowContext) => StepContexts[S];
};

const none = () => ({}) as Record<string, never>;
const always = () => true;

/** The age (周岁 on the pack's base date) the answers so far give. */
function age(known: Answers, ctx: FlowContext): number | null {
  return evaluateAnswers(known, ctx)?.ageOnBaseDate ?? null;
}

/** Assistance groups that change the outcome on their own, in the pack's order. */
export function assistanceThatMatters(known: Answers, ctx: FlowContext): AssistanceCode[] {
  const pack = packOf(ctx, known.pack);
  if (!pack) return [];
  return pack.assistance
    .map((group) => group.code)
    .filter((code) => outcomesDiffer(known, ctx, [{ assistance: [] }, { assistance: [code] }]));
}

/** Which parts of the history question can change the outcome. */
export function historyFields(known: Answers, ctx: FlowContext): HistoryFields {
  const pack = packOf(ctx, known.pack);
  if (!pack || !known.birthDate) {
    return { years: false, maxYears: 1, zeroClaim: false, lastCategories: [], gapYears: false, maxGapYears: 1 };
  }
  const maxYears = yearsLivedUpToLastYear(pack, known.birthDate);
  const insured = (extra: Partial<NonNullable<Answers["history"]>>) => ({ history: { insuredLastYear: true, ...extra } });
  const notInsured = (gapYears: number) => ({ history: { insuredLastYear: false, gapYears } });
  const categories = plausibleLastCategories(pack, known.birthDate);
  return {
    years: outcomesDiffer(known, ctx, [insured({ yearsInsured: 1 }), insured({ yearsInsured: maxYears })]),
    maxYears,
    zeroClaim: outcomesDiffer(known, ctx, [insured({ zeroClaimLastYear: false }), insured({ zeroClaimLastYear: true })]),
    lastCategories:
      categories.length > 1 && outcomesDiffer(known, ctx, categories.map((lastCategory) => insured({ lastCategory })))
        ? categories
        : [],
    gapYears: maxYears > 1 && outcomesDiffer(known, ctx, [notInsured(1), notInsured(maxYears)]),
    maxGapYears: maxYears,
  };
}

export const STEPS: { [S in StepId]: Step<S> } = {
  where: { id: "where", fields: ["pack"], asked: always, context: (_known, ctx) => ({ packIds: ctx.packs.map((pack) => pack.id) }) },
  "birth-date": { id: "birth-date", fields: ["birthDate"], asked: always, context: (_known, ctx) => ({ today: ctx.today }) },
  status: { id: "status", fields: ["residency", "otherInsurance"], asked: always, context: none },
  school: {
    id: "school",
    fields: ["school"],
    asked: (known, ctx) => {
      const years = age(known, ctx);
      return (
        years !== null &&
        years >= SCHOOL_AGES.min &&
        years <= SCHOOL_AGES.max &&
        outcomesDiffer(known, ctx, [{ school: "none" }, { school: "primary-secondary" }, { school: "higher-education" }])
      );
    },
    context: none,
  },
  employed: {
    id: "employed",
    fields: ["employed"],
    asked: (known, ctx) => (age(known, ctx) ?? 0) >= WORKING_AGE && outcomesDiffer(known, ctx, [{ employed: false }, { employed: true }]),
    context: none,
  },
  "parent-permit": {
    id: "parent-permit",
    fields: ["parentResidencePermit"],
    asked: (known, ctx) => outcomesDiffer(known, ctx, [{ parentResidencePermit: false }, { parentResidencePermit: true }]),
    context: none,
  },
  assistance: {
    id: "assistance",
    fields: ["assistance"],
    asked: (known, ctx) => assistanceThatMatters(known, ctx).length > 0,
    context: (known, ctx) => ({ codes: assistanceThatMatters(known, ctx) }),
  },
  history: {
    id: "history",
    fields: ["history"],
    asked: (known, ctx) => {
      const pack = packOf(ctx, known.pack);
      // Someone born in the coverage year cannot have been insured last year.
      if (!pack || !known.birthDate || known.birthDate >= pack.periods.coverage.start) return false;
      const fields = historyFields(known, ctx);
      return (
        fields.years ||
        fields.zeroClaim ||
        fields.gapYears ||
        fields.lastCategories.length > 0 ||
        outcomesDiffer(known, ctx, [{ history: { insuredLastYear: false } }, { history: { insuredLastYear: true } }])
      );
    },
    context: historyFields,
  },
};

export type Walk = {
  /** The answers that apply, validated in today's context. */
  known: Answers;
  /** The pages asked so far, in order, including the next one. */
  visited: StepId[];
  /** The next page to answer, or null when every question is answered. */
  next: StepId | null;
};

/** The page's answers, checked again in today's context (a pack may have closed, a birth date changed). */
function validAnswers(step: StepId, answers: Answers, known: Answers, ctx: FlowContext): Partial<Answers> | null {
  const context = STEPS[step].context(known, ctx);
  const parsed = stepSchema(step, context).safeParse(rawFromAnswers(step, answers));
  return parsed.success ? parsed.data : null;
}

/** Goes through the pages in order, skipping those that cannot change the result, up to the first unanswered one. */
export function walk(answers: Answers, ctx: FlowContext): Walk {
  const known: Answers = {};
  const visited: StepId[] = [];
  for (const id of STEP_IDS) {
    if (!STEPS[id].asked(known, ctx)) continue;
    visited.push(id);
    const valid = validAnswers(id, answers, known, ctx);
    if (!valid) return { known, visited, next: id };
    Object.assign(known, valid);
  }
  return { known, visited, next: null };
}

/** The next page to answer, or "done" when the answers are complete (check your answers, then the result). */
export function next(answers: Answers, ctx: FlowContext): StepId | "done" {
  return walk(answers, ctx).next ?? "done";
}

/** A page may be visited when it is asked and every page before it is answered. */
export function canVisit(step: StepId | "answers" | "result", answers: Answers, ctx: FlowContext): boolean {
  const { visited, next: upcoming } = walk(answers, ctx);
  if (step === "answers" || step === "result") return upcoming === null;
  return visited.includes(step);
}

/** The page before this one, or null for the first. */
export function previous(step: StepId | "answers", answers: Answers, ctx: FlowContext): StepId | null {
  const { visited } = walk(answers, ctx);
  if (step === "answers") return visited.at(-1) ?? null;
  const index = visited.indexOf(step);
  return index > 0 ? (visited[index - 1] ?? null) : null;
}

/** The schema context of a page for the answers so far (the page must be visitable). */
export function stepContext<S extends StepId>(step: S, answers: Answers, ctx: FlowContext): StepContexts[S] {
  const { known } = walk(answers, ctx);
  // Only answers of pages before this one count.
  const before: Answers = {};
  for (const id of STEP_IDS) {
    if (id === step) break;
    for (const field of STEPS[id].fields) if (known[field] !== undefined) Object.assign(before, { [field]: known[field] });
  }
  return STEPS[step].context(before, ctx);
}

/** The answers with a page's new answers in place; answers of pages that no longer apply are kept but unused. */
export function withStep(answers: Answers, step: StepId, values: Partial<Answers>): Answers {
  const cleared = Object.fromEntries(STEPS[step].fields.map((field) => [field, undefined]));
  return stripUndefined({ ...answers, ...cleared, ...values });
}

function stripUndefined(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, value]) => value !== undefined)) as Answers;
}

export const stepIdSchema = z.enum(STEP_IDS);
