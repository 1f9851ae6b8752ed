/**
 * What a change of pack changes for residents: the same situations answered under the pack in
 * force and under a draft (the office's preview), field by field. Across years a situation is
 * moved on by the years between the packs (its dates shifted), and a date in an answer counts as
 * changed only when it moved by more than that.
 */
import { addYears, shiftDates } from "../dates";
import { evaluateUnder } from "../evaluate";
import type { EligibilityAnswer, ParsedRequest } from "../schema";
import { valueAt } from "./cases";
import type { Pack } from "./types";

/** The fields of an answer a resident acts on. */
export const COMPARED_FIELDS = [
  "eligible",
  "category",
  "route",
  "period",
  "contribution.individual",
  "contribution.government",
  "contribution.payable",
  "contribution.fullySubsidized",
  "coverage.start",
  "coverage.end",
  "coverage.waitingMonths",
  "coverage.waitingDays",
  "newborn.deadline",
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type Subject = { who: string; request: ParsedRequest };
export type AnswerChange = { who: string; field: ComparedField; before: unknown; after: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Each field of each subject whose answer under `draft` differs from the answer under `base`. */
export function compareUnder(base: Pack, draft: Pack, subjects: readonly Subject[]): AnswerChange[] {
  const years = draft.coverageYear - base.coverageYear;
  return subjects.flatMap(({ who, request }) => {
    const today = request.asOf ?? base.periods.registration.value.start;
    const before: EligibilityAnswer = evaluateUnder(request, base, { today });
    const after: EligibilityAnswer = evaluateUnder(shiftDates(request, years), draft, { today: addYears(today, years) });
    return COMPARED_FIELDS.flatMap((field) => {
      const was = valueAt(before, field);
      const now = valueAt(after, field);
      return same(shiftDates(was, years), now) ? [] : [{ who, field, before: was ?? null, after: now ?? null }];
    });
  });
}

/** A registry person's request on the first day of `pack`'s registration (the roster sample of a preview). */
export function onRegistrationStart(request: ParsedRequest, pack: Pack): ParsedRequest {
  return { ...request, policy: pack.id, asOf: pack.periods.registration.value.start };
}
