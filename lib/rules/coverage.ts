import { addDays, addMonths, daysBetween, daysInclusive, firstOfMonth, lastOfMonth, maxDate } from "./dates";
import type { NewbornContext } from "./newborn";
import type { Pack } from "./packs/types";
import { reason } from "./reasons";
import type { Period, Person, Reason } from "./schema";

export type Coverage = {
  start: string | null;
  end: string;
  waitingMonths: number;
  waitingDays: number;
  benefitDays: number;
};
export type CoverageResult = { coverage: Coverage; reasons: Reason[] };

type Start = { start: string; waitingMonths: number; waitingDays: number; reasons: Reason[] };

/** When cover starts if the person pays on asOf (RULES.md Periods, coverage start and waiting periods). */
export function coverage(person: Person, pack: Pack, period: Period, asOf: string, newborn: NewbornContext | null): CoverageResult {
  const year = pack.periods.coverage.value;
  if (period === "closed") {
    return {
      coverage: { start: null, end: year.end, waitingMonths: 0, waitingDays: 0, benefitDays: 0 },
      reasons: [reason(pack, "coverage.closed", { coverageEnd: year.end })],
    };
  }
  const found = coverageStart(person, pack, period, asOf, newborn);
  if (found.start > year.end) {
    return {
      coverage: { start: null, end: year.end, waitingMonths: found.waitingMonths, waitingDays: found.waitingDays, benefitDays: 0 },
      reasons: [...found.reasons, reason(pack, "coverage.no-benefit", { start: found.start, coverageEnd: year.end })],
    };
  }
  return {
    coverage: {
      start: found.start,
      end: year.end,
      waitingMonths: found.waitingMonths,
      waitingDays: found.waitingDays,
      benefitDays: daysInclusive(found.start, year.end),
    },
    reasons: found.reasons,
  };
}

function coverageStart(person: Person, pack: Pack, period: Period, asOf: string, newborn: NewbornContext | null): Start {
  const year = pack.periods.coverage.value;
  const none = { waitingMonths: 0, waitingDays: 0 };

  if (newborn && newborn.withinWindow && pack.newborn.kind !== "dynamic-group") {
    const params = { deadline: newborn.deadline, birthDate: person.birthDate };
    if (newborn.bornIn === "coverage-year") {
      return { start: person.birthDate, ...none, reasons: [reason(pack, "newborn.within-window", params)] };
    }
    if (newborn.bothYears) {
      return { start: person.birthDate, ...none, reasons: [reason(pack, "newborn.both-years", params)] };
    }
    return {
      start: year.start,
      ...none,
      reasons: [reason(pack, "newborn.current-year-only", { ...params, coverageStart: year.start })],
    };
  }
  const newbornNote = newborn ? newbornReason(pack, newborn, period, person.birthDate) : [];

  if (period === "not-open" || period === "centralized") {
    return { start: year.start, ...none, reasons: [...newbornNote, reason(pack, "coverage.full-year", { start: year.start, end: year.end })] };
  }
  if (period === "dynamic") {
    // 宁夏 一(二): the dynamic groups are covered from the payment date.
    return { start: maxDate(asOf, year.start), ...none, reasons: [...newbornNote, reason(pack, "coverage.dynamic", { start: maxDate(asOf, year.start) })] };
  }

  // period "late" (年中参保)
  const exempt = pack.assistance.find((group) => group.waitingExempt?.value && person.assistance.includes(group.code));
  if (exempt && pack.late.kind !== "waiting-days") {
    return { start: maxDate(asOf, year.start), ...none, reasons: [...newbornNote, reason(pack, "coverage.waiting-exempt", { group: exempt.label })] };
  }
  const late = pack.late;
  switch (late.kind) {
    case "waiting-months": {
      // 问答一: 固定等待期3个月，每多断缴1年增加1个月; a newborn past the window has no gap years.
      const gapYears = newborn || person.history.insuredLastYear ? 0 : person.history.gapYears;
      const months = late.fixedMonths.value + late.monthsPerGapYear.value * gapYears;
      const start = maxDate(addMonths(asOf, months), year.start);
      return {
        start,
        waitingMonths: months,
        waitingDays: 0,
        reasons: [...newbornNote, reason(pack, "coverage.waiting-months", { months, gapYears, start })],
      };
    }
    case "calendar-month": {
      // notice 37 三(一)1: resident insurance broken for no more than 3 months → from the next month.
      const continuityEnd = lastOfMonth(addMonths(year.start, late.continuityWithinMonths.value - 1));
      if (!newborn && person.history.insuredLastYear && asOf <= continuityEnd) {
        const start = maxDate(firstOfMonth(addMonths(asOf, 1)), year.start);
        return {
          start,
          waitingMonths: 0,
          waitingDays: Math.max(0, daysBetween(asOf, start)),
          reasons: [...newbornNote, reason(pack, "coverage.continuity", { start })],
        };
      }
      // notice 37 三(三): 自补办当月起第三个自然月开始.
      const start = maxDate(firstOfMonth(addMonths(asOf, late.startsInMonth.value - 1)), year.start);
      return {
        start,
        waitingMonths: 0,
        waitingDays: Math.max(0, daysBetween(asOf, start)),
        reasons: [...newbornNote, reason(pack, "coverage.calendar-month", { start })],
      };
    }
    case "waiting-days": {
      // 宁夏 一(三): 90天待遇等待期，自补缴到账之日起计算.
      const start = maxDate(addDays(asOf, late.days.value), year.start);
      return {
        start,
        waitingMonths: 0,
        waitingDays: late.days.value,
        reasons: [...newbornNote, reason(pack, "coverage.waiting-days", { days: late.days.value, start })],
      };
    }
  }
}

function newbornReason(pack: Pack, newborn: NewbornContext, period: Period, birthDate: string): Reason[] {
  const params = { deadline: newborn.deadline, birthDate };
  if (newborn.dynamicGroup) return [reason(pack, "newborn.dynamic", params)];
  if (!newborn.withinWindow && (period === "late" || period === "dynamic")) return [reason(pack, "newborn.window-passed", params)];
  return [];
}
