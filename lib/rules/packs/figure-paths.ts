/**
 * Figures by dotted path: `fees.adult.individual`, `periods.registration`, `assistance.minimum-living.individual`
 * (an item of a list is named by its code, else by its place). The same names in a pack file's
 * `figures:`, in `rules -- check` and in the office's diff.
 */
import type { Figure } from "./types";

export function isFigure(node: unknown): node is Figure<unknown> {
  return typeof node === "object" && node !== null && !Array.isArray(node) && "value" in node && "source" in node && "status" in node;
}

function keyOf(item: unknown, index: number): string {
  return typeof item === "object" && item !== null && "code" in item ? String(item.code) : String(index);
}

/** Every figure of a pack (a date range is one figure), by path, in the pack's order. `cite` holds no figures. */
export function figuresOf(pack: object): Map<string, Figure<unknown>> {
  const found = new Map<string, Figure<unknown>>();
  const visit = (node: unknown, path: string) => {
    if (isFigure(node)) found.set(path, node);
    else if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${path}.${keyOf(item, index)}`));
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) if (key !== "cite") visit(value, path ? `${path}.${key}` : key);
    }
  };
  visit(pack, "");
  return found;
}

/** A copy of `pack` with the figure at `path` replaced; undefined when no figure is there. */
export function replaceFigureAt<T>(pack: T, path: string, figure: Figure<unknown>): T | undefined {
  const [head, ...rest] = path.split(".");
  const replaceIn = (node: unknown, steps: string[]): unknown => {
    if (steps.length === 0) return isFigure(node) ? figure : undefined;
    const [step, ...more] = steps as [string, ...string[]];
    if (Array.isArray(node)) {
      const index = node.findIndex((item, i) => keyOf(item, i) === step);
      if (index < 0) return undefined;
      const replaced = replaceIn(node[index], more);
      return replaced === undefined ? undefined : node.map((item, i) => (i === index ? replaced : item));
    }
    if (typeof node === "object" && node !== null && step !== "cite" && Object.hasOwn(node, step)) {
      const replaced = replaceIn((node as Record<string, unknown>)[step], more);
      return replaced === undefined ? undefined : { ...node, [step]: replaced };
    }
    return undefined;
  };
  return replaceIn(pack, [head!, ...rest]) as T | undefined;
}

/** Every "<source>#<clause>" string anywhere in a pack (figures, rules and `cite`), with where it is. */
export function citationsOf(pack: object): { path: string; citation: string }[] {
  const found: { path: string; citation: string }[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node === "string" && /^[a-z0-9-]+#/.test(node)) found.push({ path, citation: node });
    else if (Array.isArray(node)) node.forEach((item, index) => visit(item, `${path}.${index}`));
    else if (typeof node === "object" && node !== null) {
      for (const [key, value] of Object.entries(node)) visit(value, path ? `${path}.${key}` : key);
    }
  };
  visit(pack, "");
  return found;
}
