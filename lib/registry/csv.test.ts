import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

describe("parseCsv", () => {
  it("reads records with their line numbers", () => {
    expect(parseCsv("\uFEFFa,b\r\n1,2\n\n3,\n")).toEqual([
      { line: 1, fields: ["a", "b"] },
      { line: 2, fields: ["1", "2"] },
      { line: 4, fields: ["3", ""] },
    ]);
  });

  it("reads quoted fields with commas, quotes and line breaks", () => {
    expect(parseCsv('"x, y","say ""hi""","two\nlines"\nnext,1')).toEqual([
      { line: 1, fields: ["x, y", 'say "hi"', "two\nlines"] },
      { line: 3, fields: ["next", "1"] },
    ]);
  });

  it("reads a last line without a line end, and nothing from an empty file", () => {
    expect(parseCsv("a")).toEqual([{ line: 1, fields: ["a"] }]);
    expect(parseCsv("")).toEqual([]);
  });
});
