import { describe, expect, it } from "vitest";
import { SUPPRESSED, suppressSmallCounts, type ExportBlock, type ExportColumn } from "./suppression";

type K = "place" | "people" | "paid" | "rate" | "target";
const COLUMNS: ExportColumn<K>[] = [
  { key: "place", kind: "label" },
  { key: "people", kind: "count" },
  { key: "paid", kind: "count" },
  { key: "rate", kind: "derived", from: ["paid", "people"] },
  { key: "target", kind: "figure" },
];
const row = (place: string, people: number, paid: number) => ({ place, people, paid, rate: paid / people, target: "99.50" });
const block = (...rows: ReturnType<typeof row>[]): ExportBlock<K> => ({
  rows,
  total: row("total", rows.reduce((s, r) => s + r.people, 0), rows.reduce((s, r) => s + r.paid, 0)),
});
const shown = (b: ExportBlock<K>, key: K) => [...b.rows.map((r) => r[key]), b.total?.[key]];

describe("small counts in exports (suppression.ts)", () => {
  it.each([
    // [name, rows, expected paid column (rows then total)]
    ["nothing small: all shown", [row("a", 50, 40), row("b", 60, 55), row("c", 70, 65)], [40, 55, 65, 160]],
    ["1 to 4 suppressed, and 0 too (under 5)", [row("a", 50, 3), row("b", 60, 0), row("c", 70, 65)], [SUPPRESSED, SUPPRESSED, 65, 68]],
    ["exactly 5 shown", [row("a", 50, 5), row("b", 60, 55), row("c", 70, 65)], [5, 55, 65, 125]],
    ["one small cell beside a total: the smallest other is suppressed too", [row("a", 50, 3), row("b", 60, 55), row("c", 70, 65)], [SUPPRESSED, SUPPRESSED, 65, 123]],
    ["ties: the first smallest is the complement", [row("a", 50, 40), row("b", 60, 2), row("c", 70, 40)], [SUPPRESSED, SUPPRESSED, 40, 82]],
    ["one row alone: its total goes instead", [row("a", 50, 3)], [SUPPRESSED, SUPPRESSED]],
    ["a small total hides with its rows", [row("a", 3, 1), row("b", 1, 1)], [SUPPRESSED, SUPPRESSED, SUPPRESSED]],
  ] as const)("%s", (_name, rows, expected) => {
    const { blocks } = suppressSmallCounts([block(...rows)], COLUMNS);
    expect(shown(blocks[0]!, "paid")).toEqual(expected);
  });

  it("the single small cell can no longer be computed from the total", () => {
    const { blocks } = suppressSmallCounts([block(row("a", 50, 3), row("b", 60, 55), row("c", 70, 65))], COLUMNS);
    const [b] = blocks;
    const known = b!.rows.map((r) => r.paid).filter((v): v is number => typeof v === "number");
    // total − the shown cells is the sum of two suppressed cells, not one of them.
    expect((b!.total!.paid as number) - known.reduce((s, v) => s + v, 0)).toBe(3 + 55);
  });

  it("each column on its own; a derived cell goes with either count it follows from; labels and figures stay", () => {
    const { blocks, suppressed } = suppressSmallCounts([block(row("a", 4, 4), row("b", 60, 55), row("c", 70, 65))], COLUMNS);
    const [a, b, c] = blocks[0]!.rows;
    expect(a).toMatchObject({ place: "a", people: SUPPRESSED, paid: SUPPRESSED, rate: SUPPRESSED, target: "99.50" });
    expect(b).toMatchObject({ people: SUPPRESSED, paid: SUPPRESSED, rate: SUPPRESSED });
    expect(c).toMatchObject({ people: 70, paid: 65, rate: 65 / 70 });
    expect(blocks[0]!.total).toMatchObject({ people: 134, paid: 124 });
    expect(suppressed).toBe(6);
  });

  it("blocks are separate: one region's small cell does not hide another's", () => {
    const { blocks } = suppressSmallCounts([block(row("a", 50, 3), row("b", 60, 55)), block(row("x", 50, 40), row("y", 60, 55))], COLUMNS);
    expect(shown(blocks[1]!, "paid")).toEqual([40, 55, 95]);
  });

  it("rows without a total need no complement", () => {
    const { blocks } = suppressSmallCounts([{ rows: [row("a", 50, 3), row("b", 60, 55)], total: null }], COLUMNS);
    expect(blocks[0]!.rows.map((r) => r.paid)).toEqual([SUPPRESSED, 55]);
  });
});
