import { describe, expect, it } from "vitest";
import { csvCell, csvDocument } from "./csv";

describe("CSV cells (RFC 4180, OWASP CSV injection)", () => {
  it.each([
    ["plain", "海曙区", "海曙区"],
    ["a number", 42, "42"],
    ["empty", null, ""],
    ["a formula", "=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["plus", "+1", "'+1"],
    ["minus", "-2+3", "'-2+3"],
    ["at", "@SUM(A1)", "'@SUM(A1)"],
    ["tab", "\t=1", "'\t=1"],
    ["carriage return", "\r=1", "\"'\r=1\""],
    ["a comma", "慈溪市,宁波", "\"慈溪市,宁波\""],
    ["a quote", "say \"hi\"", "\"say \"\"hi\"\"\""],
    ["a line break", "a\nb", "\"a\nb\""],
    ["a suppressed count", "<5", "<5"],
    ["a formula sign inside", "99.50%", "99.50%"],
  ] as const)("%s", (_name, cell, expected) => {
    expect(csvCell(cell)).toBe(expected);
  });

  it("a document starts with the UTF-8 byte order mark and ends lines with CRLF", () => {
    const csv = csvDocument([
      ["区县", "人数"],
      ["海曙区", 12],
    ]);
    expect(csv).toBe("\uFEFF区县,人数\r\n海曙区,12\r\n");
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
