import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEMO_PEOPLE } from "./people";
import { DEMO_STAFF } from "./staff";

describe("README", () => {
  it("lists every demo person a visitor can sign in as, with their ID number and phone", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const missing = DEMO_PEOPLE.filter((p) => !readme.includes(p.idNumber) || (p.phone && !readme.includes(p.phone))).map((p) => p.name);
    expect(missing).toEqual([]);
  });

  it("lists every demo staff member with their role, password and TOTP secret", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const rows = readme.split("\n").filter((line) => line.startsWith("| 000"));
    const missing = DEMO_STAFF.filter(
      (s) => !rows.some((row) => row.startsWith(`| ${s.staffNumber} | ${s.displayName} |`) && row.includes(`\`${s.password}\``) && row.includes(`\`${s.totpSecret}\``) && s.roles.every((r) => row.includes(`(${r})`))),
    );
    expect(missing).toEqual([]);
  });
});
