import { describe, expect, it } from "vitest";
import { newRequestId, requestIdFor } from "./request-id";

describe("request ids", () => {
  it("are new, random and letters only (no six-digit run for a code scan to trip over)", () => {
    const ids = Array.from({ length: 200 }, () => newRequestId());
    expect(new Set(ids).size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z]{22}$/);
  });

  it.each([
    ["a client's own header, with no proxy of ours", "f47ac10b-58cc-4372-a567-0e02b2c3d479", 0, false],
    ["a proxy's well-formed id", "f47ac10b-58cc-4372-a567-0e02b2c3d479", 1, true],
    ["a proxy's id that is too short", "abc", 1, false],
    ["an id with spaces or quotes", 'a" b"cdefghij', 1, false],
    ["two ids joined by Node", "abcdefgh1, ijklmnop2", 1, false],
    ["no header", undefined, 1, false],
  ])("%s: kept %s", (_, incoming, hops, kept) => {
    const id = requestIdFor(incoming, hops);
    if (kept) expect(id).toBe(incoming);
    else expect(id).toMatch(/^[A-Za-z]{22}$/);
  });
});
