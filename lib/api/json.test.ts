import { describe, expect, it } from "vitest";
import { parseJsonBytes } from "./json";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("parseJsonBytes", () => {
  it("parses UTF-8 JSON, Chinese included", () => {
    expect(parseJsonBytes(bytes('{"名":"宁波"}'))).toEqual({ ok: true, json: { 名: "宁波" } });
  });

  it("drops a UTF-8 byte-order mark", () => {
    expect(parseJsonBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes("[1]")]))).toEqual({ ok: true, json: [1] });
  });

  it.each([
    ["empty", bytes("")],
    ["blank", bytes("  \r\n")],
    ["broken", bytes('{"a":')],
    ["trailing garbage", bytes("{} x")],
    ["invalid UTF-8", new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])],
    ["a lone surrogate in UTF-8 form", new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22])],
  ])("answers invalid-json for %s", (_name, body) => {
    const result = parseJsonBytes(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe("invalid-json");
  });

  it("survives deep nesting", () => {
    const deep = "[".repeat(30_000) + "]".repeat(30_000);
    expect(parseJsonBytes(bytes(deep)).ok).toBeTypeOf("boolean");
  });
});
