import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { seal, sealingKey, unseal } from "./seal";

const secret = randomBytes(32);
const key = sealingKey(secret, "office-totp");

describe("sealed secrets", () => {
  it("open with the same key for the same row, and hide the plaintext", () => {
    const sealed = seal(key, "JBSWY3DPEHPK3PXP", "row-1");
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(seal(key, "JBSWY3DPEHPK3PXP", "row-1")).not.toBe(sealed);
    expect(unseal(key, sealed, "row-1")).toBe("JBSWY3DPEHPK3PXP");
  });

  it.each([
    ["another row", (s: string) => s, sealingKey(secret, "office-totp"), "row-2"],
    ["a key for another purpose", (s: string) => s, sealingKey(secret, "other"), "row-1"],
    ["another server secret", (s: string) => s, sealingKey(randomBytes(32), "office-totp"), "row-1"],
    ["a changed value", (s: string) => s.replace(/\.(.)/, (_m, c: string) => `.${c === "A" ? "B" : "A"}`), key, "row-1"],
    ["a cut-down tag", (s: string) => s.slice(0, -4), key, "row-1"],
    ["not a sealed value", () => "JBSWY3DPEHPK3PXP", key, "row-1"],
  ])("do not open for %s", (_name, change, withKey, row) => {
    expect(unseal(withKey, change(seal(key, "JBSWY3DPEHPK3PXP", "row-1")), row)).toBeNull();
  });
});
