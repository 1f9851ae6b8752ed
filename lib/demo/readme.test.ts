import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_PEOPLE } from "./people";

describe("README", () => {
  it("lists every demo person a visitor can sign in as, with their ID number and phone", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const missing = DEMO_PEOPLE.filter((p) => !readme.includes(p.idNumber) || (p.phone && !readme.includes(p.phone))).map((p) => p.name);
    expect(missing).toEqual([]);
  });
});
