import { addDays, addMonths, addYears, firstOfMonth, isBetween, lastOfMonth } from "./dates";
import type { Pack } from "./packs/types";
import type { SourceRef } from "./packs/types";
import type { Person } from "./schema";

export type NewbornContext = {
  bornIn: "coverage-year" | "previous-year";
  /** Last day to register and pay, inclusive. */
  deadline: string;
  deadlineSource: SourceRef;
  withinWindow: boolean;
  /** 问答四: paying both years within the window makes cover start at birth. */
  bothYears: boolean;
  /** 宁夏: a newborn within the window is one of the dynamic groups. */
  dynamicGroup: boolean;
};

/** The newborn window of the pack: 问答四 birth + 90 days; notice 37 三(二) 出生次月起3个月内; 宁夏 183 days. */
export function newbornDeadline(pack: Pack, birthDate: string): { deadline: string; source: SourceRef } {
  const rule = pack.newborn;
  switch (rule.kind) {
    case "days-after-birth":
    case "dynamic-group":
      return { deadline: addDays(birthDate, rule.days.value), source: rule.days.source };
    case "months-after-birth-month":
      return { deadline: lastOfMonth(addMonths(firstOfMonth(birthDate), rule.months.value)), source: rule.months.source };
  }
}

/** A child born in the coverage year or the year before it, or null for everyone else. */
export function newbornContext(person: Person, pack: Pack, asOf: string): NewbornContext | null {
  const coverage = pack.periods.coverage.value;
  const birth = person.birthDate;
  const bornIn = isBetween(birth, coverage.start, coverage.end)
    ? "coverage-year"
    : isBetween(birth, addYears(coverage.start, -1), addYears(coverage.end, -1))
      ? "previous-year"
      : null;
  if (bornIn === null || birth > asOf) return null;
  const { deadline, source } = newbornDeadline(pack, birth);
  const withinWindow = asOf <= deadline;
  const dynamicGroup = pack.newborn.kind === "dynamic-group" && withinWindow;
  return {
    bornIn,
    deadline,
    deadlineSource: source,
    withinWindow,
    bothYears: !dynamicGroup && pack.newborn.kind !== "dynamic-group" && bornIn === "previous-year" && withinWindow && person.newborn.payPreviousYear,
    dynamicGroup,
  };
}
