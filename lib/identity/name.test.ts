import { describe, expect, it } from "vitest";
import { ageOn } from "./age";
import { namesMatch } from "./name";

describe("names", () => {
  it.each([
    ["林志强", " 林志强 ", true],
    ["林志强", "林志強", false],
    ["安娜·施密特", "安娜施密特", true],
    ["安娜·施密特", "安娜・施密特", true],
    ["安娜·施密特", "安娜 施密特", true],
    ["ANNA SCHMIDT", "anna schmidt", true],
    ["林志强", "", false],
    ["林志强", "林志", false],
  ])("%s against %j → %s", (registered, typed, expected) => {
    expect(namesMatch(registered, typed)).toBe(expected);
  });
});

describe("ageOn (周岁)", () => {
  it.each([
    ["2007-01-01", "2025-12-31", 18],
    ["2006-12-31", "2025-12-31", 19],
    ["2000-02-29", "2025-02-28", 24],
    ["2000-02-29", "2025-03-01", 25],
  ])("born %s, on %s: %i", (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});
