/**
 * Small counts in exports (a file leaves the office; the console's own pages show exact counts).
 *
 * The rule, per column that counts people, payments or notices:
 * 1. primary: a count under 5 (0 to 4) is shown as "<5";
 * 2. complementary: within a block whose rows add up to a shown total (one region's districts, the
 *    days of a range), a single suppressed cell could be computed back from the total and the
 *    others, so the smallest other cell of the column is suppressed too; a block of one row has its
 *    total suppressed instead. Two or more suppressed cells only give their sum.
 * 3. derived: a cell computed from counts (an amount, a rate, whether the target is reached) is
 *    suppressed wherever a count it follows from is, in rows and totals alike.
 * A total that is not a sum (the roster total counts a person on two rosters once) is treated as
 * one all the same: suppressing more than needed, never less. Differences between nested counts
 * (population − paid) are not suppressed: they would hide nearly every district of a high rate.
 */

export const SUPPRESSED = "<5";
export const SMALL_COUNT = 5;

export type ExportCell = string | number | null;
export type ExportRow<K extends string> = Record<K, ExportCell>;
/** Rows that add up to `total` (null: no total row). */
export type ExportBlock<K extends string> = { rows: ExportRow<K>[]; total: ExportRow<K> | null };

export type ExportColumn<K extends string> =
  | { key: K; kind: "label" | "figure" }
  | { key: K; kind: "count" }
  | { key: K; kind: "derived"; from: readonly K[] };

const small = (cell: ExportCell) => typeof cell === "number" && cell < SMALL_COUNT;

/** The block with its small counts, their complements and everything derived from them shown as "<5"; the number of cells suppressed. */
export function suppressSmallCounts<K extends string>(
  blocks: readonly ExportBlock<K>[],
  columns: readonly ExportColumn<K>[],
): { blocks: ExportBlock<K>[]; suppressed: number } {
  let suppressed = 0;
  const out = blocks.map((block) => {
    const hidden = block.rows.map(() => new Set<K>());
    const hiddenTotal = new Set<K>();
    for (const column of columns) {
      if (column.kind !== "count") continue;
      const { key } = column;
      block.rows.forEach((row, i) => small(row[key]) && hidden[i]!.add(key));
      if (!block.total) continue;
      if (small(block.total[key])) hiddenTotal.add(key);
      const primary = hidden.filter((cells) => cells.has(key)).length;
      if (primary !== 1 || hiddenTotal.has(key)) continue;
      const complement = smallestShown(block.rows, hidden, key);
      if (complement === null) hiddenTotal.add(key);
      else hidden[complement]!.add(key);
    }
    for (const column of columns) {
      if (column.kind !== "derived") continue;
      for (const cells of [...hidden, hiddenTotal]) if (column.from.some((key) => cells.has(key))) cells.add(column.key);
    }
    const masked = (row: ExportRow<K>, cells: Set<K>): ExportRow<K> => {
      suppressed += cells.size;
      return Object.fromEntries(Object.entries<ExportCell>(row).map(([key, cell]) => [key, cells.has(key as K) ? SUPPRESSED : cell])) as ExportRow<K>;
    };
    return { rows: block.rows.map((row, i) => masked(row, hidden[i]!)), total: block.total ? masked(block.total, hiddenTotal) : null };
  });
  return { blocks: out, suppressed };
}

function smallestShown<K extends string>(rows: readonly ExportRow<K>[], hidden: readonly Set<K>[], key: K): number | null {
  let best: number | null = null;
  rows.forEach((row, i) => {
    const cell = row[key];
    if (hidden[i]!.has(key) || typeof cell !== "number") return;
    if (best === null || cell < (rows[best]![key] as number)) best = i;
  });
  return best;
}
