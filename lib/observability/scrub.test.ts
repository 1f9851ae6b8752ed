import { describe, expect, it } from "vitest";
import { scrub } from "./scrub";

describe("the last net under every log line", () => {
  it.each([
    ["an ID number keeps its last four", '{"msg":"params: 330203198204160317"}', '{"msg":"params: **************0317"}'],
    ["one ending in X too", "id 33020320070101015X.", "id **************015X."],
    ["a phone keeps 3 + 4", "to 13905740101, again", "to 139****0101, again"],
    ["a six-digit code is starred", "code 042917 sent", "code ****** sent"],
    ["several in one line", "13905740101 042917", "139****0101 ******"],
  ])("%s", (_, line, scrubbed) => {
    expect(scrub(line)).toBe(scrubbed);
  });

  it.each([
    ["an ISO time", '"time":"2026-12-03T14:10:01.123Z"'],
    ["a request id", '"requestId":"QwErTyUiOpAsDfGhJkLzXc"'],
    ["a masked phone", "139****0101"],
    ["seven digits and five", "1234567 12345"],
    ["a uuid's digit runs inside letters", "a1b2c3d4-0000-4000-8000-00000000abcd"],
  ])("leaves %s alone", (_, line) => {
    expect(scrub(line)).toBe(line);
  });
});
