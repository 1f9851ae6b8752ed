import { once } from "node:events";
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES } from "@/lib/api/body";
import { evaluateStream } from "./evaluate-stream";

const echo = (json: unknown) => ({ echo: json });

class SlowSink extends Writable {
  readonly lines: string[] = [];
  maxBuffered = 0;
  drains = 0;
  private tail = "";
  constructor() {
    super({ highWaterMark: 1024 });
    this.on("drain", () => (this.drains += 1));
  }
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void) {
    this.maxBuffered = Math.max(this.maxBuffered, this.writableLength);
    const parts = (this.tail + chunk.toString("utf8")).split("\n");
    this.tail = parts.pop() ?? "";
    this.lines.push(...parts);
    setImmediate(done);
  }
}

async function run(input: string[] | Readable) {
  const sink = new SlowSink();
  const source = Array.isArray(input) ? Readable.from(input) : input;
  const { lines } = await evaluateStream(source, sink, echo);
  sink.end();
  await once(sink, "finish");
  return { lines, sink, out: sink.lines.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe("evaluateStream", () => {
  it("answers every line in order, errors on their own lines", async () => {
    const { lines, out } = await run(['{"n":1}\n', "\n", "{oops\n", "  \r\n", '"s"\n', "[2]"]);
    expect(lines).toBe(6);
    expect(out).toEqual([
      { echo: { n: 1 } },
      { error: expect.objectContaining({ code: "empty-line" }) },
      { error: expect.objectContaining({ code: "invalid-json" }) },
      { error: expect.objectContaining({ code: "empty-line" }) },
      { echo: "s" },
      { echo: [2] },
    ]);
  });

  it("answers payload-too-large for a line over 64 KiB and goes on", async () => {
    const { out } = await run([`"${"x".repeat(BODY_LIMIT_BYTES)}"\n`, "1\n"]);
    expect(out).toEqual([{ error: expect.objectContaining({ code: "payload-too-large" }) }, { echo: 1 }]);
  });

  it("waits for drain instead of buffering without bound", async () => {
    const count = 20_000;
    const source = Readable.from(
      (function* () {
        for (let n = 0; n < count; n += 1) yield `{"n":${n}}\n`;
      })(),
    );
    const { out, sink } = await run(source);
    expect(out).toHaveLength(count);
    expect(out.every((line, n) => (line.echo as { n: number }).n === n)).toBe(true);
    expect(sink.drains).toBeGreaterThan(0);
    // One chunk's answers at most beyond the high-water mark, never the whole run.
    expect(sink.maxBuffered).toBeLessThan(64 * 1024);
  });
});
