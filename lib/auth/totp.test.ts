import { describe, expect, it } from "vitest";
import { fromBase32, toBase32 } from "./base32";
import { groupedSecret, hotp, matchTotp, newTotpSecret, otpauthUri, totpCode, totpStep } from "./totp";

const ascii = (text: string) => Buffer.from(text, "ascii");

describe("HOTP, RFC 4226 Appendix D (secret \"12345678901234567890\")", () => {
  it.each([
    [0, "755224"],
    [1, "287082"],
    [2, "359152"],
    [3, "969429"],
    [4, "338314"],
    [5, "254676"],
    [6, "287922"],
    [7, "162583"],
    [8, "399871"],
    [9, "520489"],
  ])("counter %i → %s", (counter, code) => {
    expect(hotp(ascii("12345678901234567890"), counter)).toBe(code);
  });
});

describe("TOTP, RFC 6238 Appendix B (8 digits, 30-second steps)", () => {
  const seeds = {
    sha1: "12345678901234567890",
    sha256: "12345678901234567890123456789012",
    sha512: "1234567890123456789012345678901234567890123456789012345678901234",
  } as const;
  it.each([
    [59, "sha1", "94287082"],
    [59, "sha256", "46119246"],
    [59, "sha512", "90693936"],
    [1111111109, "sha1", "07081804"],
    [1111111109, "sha256", "68084774"],
    [1111111109, "sha512", "25091201"],
    [1111111111, "sha1", "14050471"],
    [1111111111, "sha256", "67062674"],
    [1111111111, "sha512", "99943326"],
    [1234567890, "sha1", "89005924"],
    [1234567890, "sha256", "91819424"],
    [1234567890, "sha512", "93441116"],
    [2000000000, "sha1", "69279037"],
    [2000000000, "sha256", "90698825"],
    [2000000000, "sha512", "38618901"],
    [20000000000, "sha1", "65353130"],
    [20000000000, "sha256", "77737706"],
    [20000000000, "sha512", "47863826"],
  ] as const)("T = %i s, %s → %s", (seconds, algorithm, code) => {
    const secret = toBase32(ascii(seeds[algorithm]));
    expect(totpCode(secret, totpStep(new Date(seconds * 1000)), { algorithm, digits: 8 })).toBe(code);
  });
});

describe("matchTotp: one step either side, each step once", () => {
  const secret = toBase32(ascii("12345678901234567890"));
  const at = new Date(1111111111 * 1000);
  const step = totpStep(at);
  const code = (s: number) => totpCode(secret, s);

  it.each([
    ["the current step", step, null, { step }],
    ["the step before (a slow phone)", step - 1, null, { step: step - 1 }],
    ["the step after (a fast phone)", step + 1, null, { step: step + 1 }],
    ["two steps before", step - 2, null, null],
    ["two steps after", step + 2, null, null],
    ["the step already used", step, step, { replayed: true }],
    ["an earlier step than the one used", step - 1, step, { replayed: true }],
    ["a later step than the one used", step + 1, step, { step: step + 1 }],
  ] as const)("%s", (_name, codeStep, lastStep, expected) => {
    expect(matchTotp(secret, code(codeStep), at, lastStep)).toEqual(expected);
  });

  it("refuses a code of the wrong length or with letters, without error", () => {
    expect(matchTotp(secret, "12345", at, null)).toBeNull();
    expect(matchTotp(secret, "12345a", at, null)).toBeNull();
    expect(matchTotp("not base32!", "123456", at, null)).toBeNull();
  });
});

describe("secrets", () => {
  it("are 160 random bits in base32, and base32 goes there and back", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(fromBase32(secret)?.length).toBe(20);
    expect(toBase32(fromBase32(groupedSecret(secret).toLowerCase())!)).toBe(secret);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it.each([
    ["", ""],
    ["f", "MY"],
    ["fo", "MZXQ"],
    ["foo", "MZXW6"],
    ["foob", "MZXW6YQ"],
    ["fooba", "MZXW6YTB"],
    ["foobar", "MZXW6YTBOI"],
  ])("RFC 4648 §10: %j → %s", (text, encoded) => {
    expect(toBase32(ascii(text))).toBe(encoded);
    expect(fromBase32(`${encoded}======`)?.toString("ascii")).toBe(text);
  });

  it("an otpauth address names the issuer, the account and the parameters", () => {
    const uri = otpauthUri("JBSWY3DPEHPK3PXP", "医保经办", "0001");
    expect(uri).toMatch(/^otpauth:\/\/totp\/%E5%8C%BB%E4%BF%9D%E7%BB%8F%E5%8A%9E:0001\?/);
    const query = new URL(uri).searchParams;
    expect(Object.fromEntries(query)).toEqual({ secret: "JBSWY3DPEHPK3PXP", issuer: "医保经办", algorithm: "SHA1", digits: "6", period: "30" });
  });
});
