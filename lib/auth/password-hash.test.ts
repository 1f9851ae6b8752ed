import { scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashPassword, needsRehash, PASSWORD_HASH, verifyDecoy, verifyPassword } from "./password-hash";

describe("staff password hashes (scrypt)", () => {
  it("are self-describing PHC strings with today's parameters and a fresh salt", async () => {
    const first = await hashPassword("correct horse battery");
    const second = await hashPassword("correct horse battery");
    expect(first).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(second).not.toBe(first);
    expect(needsRehash(first)).toBe(false);
  });

  it.each([
    ["the password", "correct horse battery", true],
    ["another password", "correct horse batterz", false],
    ["the empty string", "", false],
    ["the same characters composed differently (NFKC)", "correct horse battery".replace("o", "ｏ"), true],
  ])("verifies %s → %s", async (_name, typed, expected) => {
    const stored = await hashPassword("correct horse battery");
    expect(await verifyPassword(typed, stored)).toBe(expected);
  });

  it("is RFC 7914's scrypt: the hash is scrypt(password, salt) with the named parameters", async () => {
    const stored = await hashPassword("pleaseletmein", { ln: 4, r: 8, p: 1 });
    const [, , , salt, key] = stored.split("$");
    const expected = scryptSync("pleaseletmein", Buffer.from(salt!, "base64"), 32, { N: 16, r: 8, p: 1 }).toString("base64").replace(/=+$/, "");
    expect(key).toBe(expected);
  });

  it("still verifies a hash made with weaker parameters, and says to replace it", async () => {
    const weak = await hashPassword("old but good", { ln: 10, r: 8, p: 1 });
    expect(await verifyPassword("old but good", weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
  });

  it.each([
    ["not a PHC string", "plaintext"],
    ["another algorithm", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"],
    ["parameters beyond the memory limit", "$scrypt$ln=24,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2g"],
    ["a truncated hash", "$scrypt$ln=15,r=8,p=1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA"],
  ])("never verifies %s", async (_name, stored) => {
    expect(await verifyPassword("anything", stored)).toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  it("has a decoy for unknown staff numbers that never matches", async () => {
    expect(await verifyDecoy("anything")).toBe(false);
    expect(PASSWORD_HASH.ln).toBeGreaterThanOrEqual(15);
  });
});
