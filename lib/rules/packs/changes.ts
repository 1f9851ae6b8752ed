import { shiftDates } from "../dates";
import { lastYearOf } from "./catalog";
import { diffPacks, type FigureChange } from "./diff";
import type { Pack } from "./types";

/** A value moved on by exactly `years` (a date, or a date range): the same rule in a later year. */
function movedOn(before: unknown, after: unknown, years: number): boolean {
  return JSON.stringify(shiftDates(before, years)) === JSON.stringify(after);
}

/**
 * What a resident would call a change from `before` to `after` (the "what changed this year"
 * page): figures whose value differs, other than dates that moved on by the years between them.
 * The office's 参保率 targets decide nothing for a resident and are left out.
 */
export function residentChanges(before: Pack, after: Pack): FigureChange[] {
  const years = after.coverageYear - before.coverageYear;
  return diffPacks(before, after).filter(
    (change) => change.valueChanged && !change.path.startsWith("targets.") && !movedOn(change.before?.value, change.after?.value, years),
  );
}

/** Whether the "what changed this year" page of `pack` has anything to say (the J1 result links to it then). */
export function differsFromLastYear(pack: Pack, today: string): boolean {
  const previous = lastYearOf(pack, today);
  return previous !== undefined && residentChanges(previous, pack).length > 0;
}
