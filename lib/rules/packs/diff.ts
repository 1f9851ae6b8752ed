import { figuresOf } from "./figure-paths";
import type { Figure, Pack } from "./types";

/** One figure that differs between two packs: its value, its source or its status. */
export type FigureChange = {
  path: string;
  before?: Figure<unknown>;
  after?: Figure<unknown>;
  /** The value itself differs (not only the clause cited or the status). */
  valueChanged: boolean;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Figure by figure, what `after` changes relative to `before`, in `after`'s order (figures only
 * `before` has come last). Dates carried forward from an earlier year count as changed.
 */
export function diffPacks(before: Pack, after: Pack): FigureChange[] {
  const old = figuresOf(before);
  const now = figuresOf(after);
  const changes: FigureChange[] = [];
  for (const [path, figure] of now) {
    const previous = old.get(path);
    if (!previous) changes.push({ path, after: figure, valueChanged: true });
    else if (!same(previous, figure)) changes.push({ path, before: previous, after: figure, valueChanged: !same(previous.value, figure.value) });
  }
  for (const [path, figure] of old) if (!now.has(path)) changes.push({ path, before: figure, valueChanged: true });
  return changes;
}

function shown(figure: Figure<unknown> | undefined): string {
  if (!figure) return "(none)";
  const value = figure.value;
  if (typeof value === "object" && value !== null && "start" in value && "end" in value) return `${String(value.start)}…${String(value.end)}`;
  return Array.isArray(value) ? `[${value.join(", ")}]` : String(value);
}

/** One line per change, as `rules -- check` and `rules -- diff` print it. */
export function describeChange(change: FigureChange): string {
  const { before, after } = change;
  const value = change.valueChanged ? `${shown(before)} → ${shown(after)}` : shown(after);
  const cite = (figure: Figure<unknown> | undefined) => (figure ? `${figure.source}, ${figure.status}` : "");
  const source = before && after && cite(before) !== cite(after) ? `${cite(before)} → ${cite(after)}` : cite(after ?? before);
  return `${change.path}: ${value} (${source})`;
}
