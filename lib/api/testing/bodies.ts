/** fast-check arbitraries for whole HTTP bodies: JSON text, broken text, raw bytes, oversized. */
import fc from "fast-check";
import { requestJson } from "./arbitraries";

export type FuzzBody = { bytes: Uint8Array; headers: Record<string, string>; requestCount?: number };

const encode = (text: string) => new TextEncoder().encode(text);

const contentType = fc.oneof(
  { weight: 12, arbitrary: fc.constant("application/json") },
  { weight: 2, arbitrary: fc.constantFrom("application/json; charset=utf-8", "Application/JSON; charset=UTF-8") },
  {
    weight: 1,
    arbitrary: fc.constantFrom("text/plain", "", "application/json; charset=latin1", "multipart/form-data", "application/x-ndjson", "*/*"),
  },
);

const contentLength = fc.oneof(
  { weight: 10, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom("0", "1", "12", "-5", "abc", "65537", "99999999999", "1e3") },
);

function headersFor(type: string, length: string | undefined): Record<string, string> {
  return { ...(type === "" ? {} : { "content-type": type }), ...(length === undefined ? {} : { "content-length": length }) };
}

const oddTokens = fc.constantFrom("1e999", "-0", "123456789012345678901234567890", "NaN", "Infinity", "undefined", "'x'", "\\u0000", ",", "]", "}", "{", "\"", "\u2028", "宁", "\uFEFF");

/** Text-level damage to JSON: truncation, an odd token spliced in, flipped bytes. */
const damaged = (text: string) =>
  fc.oneof(
    fc.nat({ max: text.length }).map((cut) => encode(text.slice(0, cut))),
    fc.tuple(fc.nat({ max: text.length }), oddTokens).map(([at, token]) => encode(text.slice(0, at) + token + text.slice(at))),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }).map((flips) => {
      const bytes = encode(text);
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      return bytes;
    }),
  );

/** A JSON value sent as the body in one of many ways, most of them wrong. */
function bodyOf(value: fc.Arbitrary<unknown>, limitBytes: number): fc.Arbitrary<Uint8Array> {
  return value.chain((json) => {
    const text = JSON.stringify(json) ?? "null";
    return fc.oneof(
      { weight: 10, arbitrary: fc.constant(encode(text)) },
      { weight: 1, arbitrary: fc.constant(encode(JSON.stringify(json, null, 2) ?? "null")) },
      { weight: 4, arbitrary: damaged(text) },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
      // Valid JSON just over (or at) the limit.
      { weight: 1, arbitrary: fc.integer({ min: -2, max: 2 }).map((extra) => encode(text + " ".repeat(Math.max(0, limitBytes - text.length + extra)))) },
    );
  });
}

export function eligibilityBody(limitBytes: number): fc.Arbitrary<FuzzBody> {
  return fc.record({ bytes: bodyOf(requestJson, limitBytes), type: contentType, length: contentLength }).map(({ bytes, type, length }) => ({
    bytes,
    headers: headersFor(type, length),
  }));
}

const batchJson = fc.oneof(
  { weight: 16, arbitrary: fc.array(requestJson, { maxLength: 12 }).map((requests) => ({ requests })) },
  { weight: 1, arbitrary: fc.integer({ min: 995, max: 1010 }).map((count) => ({ requests: Array.from({ length: count }, () => ({})) })) },
  { weight: 2, arbitrary: fc.oneof(requestJson, fc.record({ requests: requestJson })) },
);

export function batchBody(limitBytes: number): fc.Arbitrary<FuzzBody> {
  return fc
    .record({ json: batchJson, type: contentType, length: contentLength, damage: fc.nat({ max: 9 }) })
    .chain(({ json, type, length, damage }) => {
      const intact = { bytes: encode(JSON.stringify(json)), headers: headersFor(type, length), requestCount: countOf(json) };
      if (damage > 0) return fc.constant(intact);
      return bodyOf(fc.constant(json), limitBytes).map((bytes) => ({ bytes, headers: headersFor(type, length) }));
    });
}

function countOf(json: unknown): number | undefined {
  const requests = json !== null && typeof json === "object" ? (json as { requests?: unknown }).requests : undefined;
  return Array.isArray(requests) ? requests.length : undefined;
}

