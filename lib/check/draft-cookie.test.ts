import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Answers } from "./answers";
import { DRAFT_MAX_AGE_SECONDS, cookieSecret, draftKey, sealDraft, unsealDraft } from "./draft-cookie";

const key = draftKey("a test secret that is long enough to use, 0123456789");
const NOW = Date.UTC(2025, 10, 20, 2, 0, 0);
const answers: Answers = { pack: "ningbo-2026", birthDate: "1985-04-12", residency: "local-hukou", assistance: [] };

describe("sealed draft cookie", () => {
  it("opens what it sealed", () => {
    const token = sealDraft(answers, key, NOW);
    expect(unsealDraft(token, key, NOW + 60_000)).toEqual({ ok: true, answers, issuedAt: NOW });
  });

  it("does not show the birth date", () => {
    const token = sealDraft(answers, key, NOW);
    expect(token).not.toContain("1985");
    expect(Buffer.from(token.split(".")[2]!, "base64url").toString("latin1")).not.toContain("1985");
  });

  it("seals the same answers differently each time (random IV)", () => {
    expect(sealDraft(answers, key, NOW)).not.toBe(sealDraft(answers, key, NOW));
  });

  it("rejects a changed cookie", () => {
    const [format, iv, body, tag] = sealDraft(answers, key, NOW).split(".") as [string, string, string, string];
    const flipped = Buffer.from(body, "base64url");
    flipped[0] = flipped[0]! ^ 1;
    expect(unsealDraft([format, iv, flipped.toString("base64url"), tag].join("."), key, NOW)).toEqual({ ok: false, reason: "tampered" });
    expect(unsealDraft([format, iv, body, Buffer.alloc(16).toString("base64url")].join("."), key, NOW)).toEqual({ ok: false, reason: "tampered" });
  });

  it("rejects a truncated authentication tag (issue 13): GCM would accept a prefix of the right one", () => {
    const [format, iv, body, tag] = sealDraft(answers, key, NOW).split(".") as [string, string, string, string];
    const full = Buffer.from(tag, "base64url");
    expect(full).toHaveLength(16);
    for (const length of [4, 8, 12, 15]) {
      const cut = [format, iv, body, full.subarray(0, length).toString("base64url")].join(".");
      expect(unsealDraft(cut, key, NOW)).toEqual({ ok: false, reason: "tampered" });
    }
    const longer = [format, iv, body, Buffer.concat([full, Buffer.alloc(1)]).toString("base64url")].join(".");
    expect(unsealDraft(longer, key, NOW)).toEqual({ ok: false, reason: "tampered" });
  });

  it("rejects an IV that is not 12 bytes", () => {
    const [format, , body, tag] = sealDraft(answers, key, NOW).split(".") as [string, string, string, string];
    expect(unsealDraft([format, Buffer.alloc(16).toString("base64url"), body, tag].join("."), key, NOW)).toEqual({ ok: false, reason: "tampered" });
  });

  it("rejects a cookie sealed with another key", () => {
    const other = draftKey("another secret, also long enough to be accepted!!");
    expect(unsealDraft(sealDraft(answers, other, NOW), key, NOW)).toEqual({ ok: false, reason: "tampered" });
  });

  it("rejects a draft older than 24 hours", () => {
    const token = sealDraft(answers, key, NOW);
    expect(unsealDraft(token, key, NOW + DRAFT_MAX_AGE_SECONDS * 1000).ok).toBe(true);
    expect(unsealDraft(token, key, NOW + DRAFT_MAX_AGE_SECONDS * 1000 + 1)).toEqual({ ok: false, reason: "expired" });
  });

  it("rejects a draft issued in the future", () => {
    expect(unsealDraft(sealDraft(answers, key, NOW + 60 * 60 * 1000), key, NOW)).toEqual({ ok: false, reason: "expired" });
  });

  it("rejects garbage", () => {
    for (const token of ["", "v1", "v1.a.b", "v2.a.b.c", "v1.a.b.c.d", "not a cookie"]) {
      expect(unsealDraft(token, key, NOW).ok).toBe(false);
    }
  });

  it("rejects answers that break the schema even when sealed with the key", () => {
    const token = sealDraft({ birthDate: "not a date" } as unknown as Answers, key, NOW);
    expect(unsealDraft(token, key, NOW)).toEqual({ ok: false, reason: "malformed" });
  });
});

describe("cookie secret", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "portal-secret-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("uses PORTAL_COOKIE_SECRET when set", () => {
    const secret = "x".repeat(40);
    expect(cookieSecret({ PORTAL_COOKIE_SECRET: secret, NODE_ENV: "production" } as NodeJS.ProcessEnv)).toBe(secret);
  });

  it("refuses a short secret", () => {
    expect(() => cookieSecret({ PORTAL_COOKIE_SECRET: "short", NODE_ENV: "test" } as NodeJS.ProcessEnv)).toThrow(/32 characters/);
  });

  it("fails loudly in production without one", () => {
    expect(() => cookieSecret({ NODE_ENV: "production", PORTAL_DATA_DIR: dir } as NodeJS.ProcessEnv)).toThrow(/PORTAL_COOKIE_SECRET is not set/);
  });

  it("generates one secret into the data directory in development and the demo, and keeps it", () => {
    const dataDir = path.join(dir, "nested", "data");
    const first = cookieSecret({ NODE_ENV: "production", PORTAL_DEMO: "1", PORTAL_DATA_DIR: dataDir } as NodeJS.ProcessEnv);
    const file = path.join(dataDir, "cookie-secret");
    expect(readFileSync(file, "utf8")).toBe(first);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(cookieSecret({ NODE_ENV: "development", PORTAL_DATA_DIR: dataDir } as NodeJS.ProcessEnv)).toBe(first);
  });
});
