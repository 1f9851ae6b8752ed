import { once } from "node:events";
import type { Writable } from "node:stream";
import { BODY_LIMIT_BYTES } from "@/lib/api/body";
import { apiError } from "@/lib/api/errors";
import { parseJsonBytes } from "@/lib/api/json";
import { splitLines, type InputLine } from "./ndjson-lines";

/** Turns one parsed JSON request into the body printed on its line. */
export type AnswerJson = (json: unknown) => unknown;

const BLANK = new Set([0x20, 0x09, 0x0d]);

/** The body printed for one input line: the same limits and JSON parsing as the HTTP door. */
export function lineBody(line: InputLine, answerJson: AnswerJson): unknown {
  if (line.tooLong) {
    return { error: apiError("payload-too-large", `The line is over ${BODY_LIMIT_BYTES} bytes.`) };
  }
  if (line.bytes.every((byte) => BLANK.has(byte))) {
    return { error: apiError("empty-line", "The line is blank; answered to keep lines aligned.") };
  }
  const parsed = parseJsonBytes(line.bytes);
  return parsed.ok ? answerJson(parsed.json) : { error: parsed.error };
}

/**
 * NDJSON in, NDJSON out: one output line per input line, in order. Reads a chunk, writes its
 * answers in one write, and waits for 'drain' when the reader is slower than we are.
 */
export async function evaluateStream(
  input: AsyncIterable<Uint8Array | string>,
  output: Writable,
  answerJson: AnswerJson,
): Promise<{ lines: number }> {
  let count = 0;
  for await (const lines of splitLines(input, BODY_LIMIT_BYTES)) {
    let text = "";
    for (const line of lines) text += `${JSON.stringify(lineBody(line, answerJson))}\n`;
    count += lines.length;
    if (!output.write(text)) await once(output, "drain");
  }
  return { lines: count };
}
