import { addYears } from "../dates";
import type { Figure, Pack } from "./types";

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isFigure(value: unknown): value is Figure<unknown> {
  return typeof value === "object" && value !== null && "value" in value && "source" in value && "status" in value;
}

function shiftValue(value: unknown, years: number): unknown {
  if (typeof value === "string" && PLAIN_DATE.test(value)) return addYears(value, years);
  if (typeof value === "object" && value !== null && "start" in value && "end" in value) {
    const range = value as { start: string; end: string };
    return { start: addYears(range.start, years), end: addYears(range.end, years) };
  }
  return value;
}

/** Every figure provisional, every date in a figure shifted by `years`. */
function carryForward(node: unknown, years: number): unknown {
  if (isFigure(node)) return { ...node, value: shiftValue(node.value, years), status: "provisional" };
  if (Array.isArray(node)) return node.map((item) => carryForward(item, years));
  if (typeof node === "object" && node !== null) {
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, carryForward(value, years)]));
  }
  return node;
}

/**
 * RULES.md "Years without a published notice": the latest pack's rules, periods shifted by
 * exactly one year, every figure carried forward as provisional.
 */
export function projectPack(latest: Pack, years = 1): Pack {
  const coverageYear = latest.coverageYear + years;
  return {
    ...(carryForward(latest, years) as Pack),
    id: `${latest.region}-${coverageYear}`,
    coverageYear,
    projected: true,
    // Labels of assistance groups mention a year (宁夏 "2026年的退役军人").
    assistance: latest.assistance.map((group) => ({
      ...(carryForward(group, years) as Pack["assistance"][number]),
      label: group.label.replaceAll(String(latest.coverageYear), String(coverageYear)),
    })),
  };
}

/** The day the projected year's registration would open. */
export function projectionOpens(latest: Pack, years = 1): string {
  return addYears(latest.periods.registration.value.start, years);
}
