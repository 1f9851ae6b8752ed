import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitLines, type InputLine } from "./ndjson-lines";

async function linesOf(chunks: (string | Uint8Array)[], maxLineBytes = 100): Promise<(string | null)[]> {
  const out: (string | null)[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const lines of splitLines(source(), maxLineBytes)) {
    out.push(...lines.map((line: InputLine) => (line.tooLong ? null : new TextDecoder().decode(line.bytes))));
  }
  return out;
}

describe("splitLines", () => {
  it("splits on newlines across chunk boundaries", async () => {
    expect(await linesOf(["a", "b\nc", "d\n", "\ne"])).toEqual(["ab", "cd", "", "e"]);
  });

  it("adds no line for a trailing newline, keeps a last line without one", async () => {
    expect(await linesOf(["x\n"])).toEqual(["x"]);
    expect(await linesOf(["x\ny"])).toEqual(["x", "y"]);
    expect(await linesOf([])).toEqual([]);
  });

  it("keeps blank lines so output stays aligned", async () => {
    expect(await linesOf(["\n\n\n"])).toEqual(["", "", ""]);
  });

  it("reports a line over the limit without holding it, and goes on", async () => {
    const long = "y".repeat(70);
    expect(await linesOf([long, long, "\nok\n"], 100)).toEqual([null, "ok"]);
    expect(await linesOf(["z".repeat(101)], 100)).toEqual([null]);
    expect(await linesOf(["z".repeat(100)], 100)).toEqual(["z".repeat(100)]);
  });

  it("splits a multi-byte character across chunks intact", async () => {
    const bytes = new TextEncoder().encode("宁波\n");
    expect(await linesOf([bytes.subarray(0, 2), bytes.subarray(2, 5), bytes.subarray(5)])).toEqual(["宁波"]);
  });

  it("agrees with String.split for any text and any chunking", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "grapheme" })), fc.array(fc.nat(), { maxLength: 8 }), async (rows, cuts) => {
        const text = rows.join("\n");
        const bytes = new TextEncoder().encode(text);
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i) => bytes.subarray(from, [...points, bytes.length][i]));
        const expected = text === "" ? [] : text.split("\n");
        if (text.endsWith("\n")) expected.pop();
        expect(await linesOf(chunks, 1_000_000)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
