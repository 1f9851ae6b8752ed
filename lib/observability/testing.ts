import { writeLogsTo } from "./logger";

/** Captures the logger's lines until `restore()` (tests). */
export function captureLogs(): { lines: () => string[]; text: () => string; restore: () => void } {
  const written: string[] = [];
  const restore = writeLogsTo({ write: (line) => void written.push(line) });
  return { lines: () => written.join("").split("\n").filter(Boolean), text: () => written.join(""), restore };
}

/** The sum of a metric's samples whose labels include `labels`, in Prometheus text (0 when none). */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample || sample[1] !== name) continue;
    const present = Object.fromEntries([...(sample[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) sum += Number(sample[3]);
  }
  return sum;
}
