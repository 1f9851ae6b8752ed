import { describe, expect, it } from "vitest";
import { ROSTER_FILE_LIMIT_BYTES, rosterFileRefusal, rosterText } from "./roster-file";

describe("an uploaded roster file", () => {
  it.each([
    ["a CSV file", { name: "roster.csv", size: 120, type: "text/csv" }, null],
    ["a CSV file as Excel names it", { name: "名单.CSV", size: 120, type: "application/vnd.ms-excel" }, null],
    ["exactly 5 MB", { name: "roster.csv", size: ROSTER_FILE_LIMIT_BYTES, type: "text/csv" }, null],
    ["one byte over 5 MB", { name: "roster.csv", size: ROSTER_FILE_LIMIT_BYTES + 1, type: "text/csv" }, "too-large"],
    ["a spreadsheet", { name: "roster.xlsx", size: 120, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, "not-csv"],
    ["a picture named .csv", { name: "roster.csv", size: 120, type: "image/png" }, "not-csv"],
    ["no file chosen", { name: "", size: 0, type: "application/octet-stream" }, "no-file"],
    ["nothing posted", null, "no-file"],
  ] as const)("%s → %s", (_name, file, expected) => {
    expect(rosterFileRefusal(file)).toBe(expected);
  });

  it.each([
    ["UTF-8 with a byte-order mark", new TextEncoder().encode("\uFEFFid_number,name,group_code\n"), true],
    ["GBK bytes", Uint8Array.from([0xd6, 0xdc, 0xd7, 0xd3, 0x2c]), false],
    ["a zip archive renamed .csv", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), false],
  ] as const)("%s: read as text → %s", (_name, bytes, ok) => {
    expect(rosterText(bytes).ok).toBe(ok);
  });
});
