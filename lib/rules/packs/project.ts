import { addYears } from "../dates";
import { isFigure } from "./figure-paths";
import type { Pack } from "./types";

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function shiftValue(value: unknown, years: number): unknown {
  if (typeof value === "string" && PLAIN_DATE.test(value)) return addYears(value, years);
  if (typeof value === "object" && value !== null && "start" in value && "end" in value) {
    const range = value as { start: string; end: string };
    return { start: addYears(range.start, years), end: addYears(range.end, years) };
  }
  return value;
}

function shiftFigures(node: unknown, years: number): unknown {
  if (isFigure(node)) return { ...node, value: shiftValue(node.value, years), status: "provisional" };
  if (Array.isArray(node)) return node.map((item) => shiftFigures(item, years));
  if (typeof node === "object" && node !== null) {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, shiftFigures(value, years)]));
  }
  return node;
}

/**
 * RULES.md "Years without a published notice", and what a pack that `extends` an earlier one
 * inherits: the earlier pack's rules for `coverageYear`, every date in a figure shifted by the
 * years between them, every figure carried forward as provisional (nobody has read it in the new
 * year's notice). The same year carries the pack over unchanged.
 */
export function carryForward(parent: Pack, coverageYear: number): Pack {
  const years = coverageYear - parent.coverageYear;
  if (years === 0) return parent;
  const shifted = shiftFigures(parent, years) as Pack;
  return {
    ...shifted,
    id: `${parent.region}-${coverageYear}`,
    coverageYear,
    // Labels of assistance groups mention a year (宁夏 "2026年的退役军人").
    assistance: shifted.assistance.map((group) => ({
      ...group,
      label: group.label.replaceAll(String(parent.coverageYear), String(coverageYear)),
    })),
  };
}

/** The projected next-year pack: an in-memory `extends` of the latest pack that changes nothing. */
export function projectPack(latest: Pack, years = 1): Pack {
  return { ...carryForward(latest, latest.coverageYear + years), projected: true };
}

/** The day the projected year's registration would open. */
export function projectionOpens(latest: Pack, years = 1): string {
  return addYears(latest.periods.registration.value.start, years);
}
