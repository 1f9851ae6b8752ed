import { randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { otpChallenge } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { CODE_POLICIES, countTry, issueCode, judgeTry, readCode, whyNotCounted, type CodePurpose } from "./one-time-code";

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return { ...actual, randomInt: vi.fn(actual.randomInt), timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const KEY = Buffer.alloc(32, 7);
const T0 = new Date("2025-11-20T02:00:00Z");
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const PURPOSES = Object.keys(CODE_POLICIES) as CodePurpose[];

describe("the policies", () => {
  it.each(PURPOSES)("%s: six digits, as the forms' codeField checks in the browser", (purpose) => {
    expect(CODE_POLICIES[purpose].length).toBe(6);
  });

  it("sign-in allows no more tries than otp_challenge's check constraint (attempts between 0 and 5)", () => {
    expect(CODE_POLICIES["sign-in"].maxAttempts).toBeLessThanOrEqual(5);
  });
});

describe("issuing a code", () => {
  it.each(PURPOSES)("%s: digits to send, a keyed hash to store, valid for the policy's lifetime", (purpose) => {
    const issued = issueCode(KEY, purpose, "subject-1", T0);
    expect(issued.code).toMatch(/^\d{6}$/);
    expect(issued.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect(issued.codeHash).not.toContain(issued.code);
    expect(issued.expiresAt).toEqual(later(CODE_POLICIES[purpose].ttlSeconds));
    expect(issued.validMinutes * 60).toBe(CODE_POLICIES[purpose].ttlSeconds);
  });

  it("keeps leading zeros", () => {
    vi.mocked(randomInt).mockReturnValueOnce(42 as never);
    expect(issueCode(KEY, "consent", "subject-1", T0).code).toBe("000042");
  });

  it("hashes the same code differently for another row, purpose or key", () => {
    const hashOf123456 = (...args: Parameters<typeof issueCode>) => {
      vi.mocked(randomInt).mockReturnValueOnce(123456 as never);
      return issueCode(...args).codeHash;
    };
    const base = hashOf123456(KEY, "consent", "subject-1", T0);
    expect(hashOf123456(KEY, "consent", "subject-2", T0)).not.toBe(base);
    expect(hashOf123456(KEY, "family-binding", "subject-1", T0)).not.toBe(base);
    expect(hashOf123456(Buffer.alloc(32, 8), "consent", "subject-1", T0)).not.toBe(base);
    expect(hashOf123456(KEY, "consent", "subject-1", later(99))).toBe(base);
  });
});

describe("reading a typed code", () => {
  it.each([
    ["123456", "123456"],
    [" 123 456 ", "123456"],
    ["12\t34\n56", "123456"],
    ["", null],
    ["12345", null],
    ["1234567", null],
    ["12345a", null],
    ["１２３４５６", null],
  ])("%j reads as %j", (typed, code) => {
    for (const purpose of PURPOSES) expect(readCode(purpose, typed)).toBe(code);
  });
});

describe("judging a counted try", () => {
  const stored = issueCode(KEY, "consent", "subject-1", T0);
  const wrong = stored.code === "000000" ? "111111" : "000000";

  it.each([
    { name: "the right code", code: stored.code, attempts: 1, verdict: { ok: true } },
    { name: "the right code on the last try", code: stored.code, attempts: 5, verdict: { ok: true } },
    { name: "a wrong first try", code: wrong, attempts: 1, verdict: { ok: false, reason: "wrong-code", attemptsLeft: 4 } },
    { name: "a wrong fourth try", code: wrong, attempts: 4, verdict: { ok: false, reason: "wrong-code", attemptsLeft: 1 } },
    { name: "a wrong fifth try locks", code: wrong, attempts: 5, verdict: { ok: false, reason: "locked" } },
  ])("$name", ({ code, attempts, verdict }) => {
    expect(judgeTry(KEY, "consent", "subject-1", code, { codeHash: stored.codeHash, attempts })).toEqual(verdict);
  });

  it("refuses the right code for another row or purpose, and where no code was stored", () => {
    const tried = { codeHash: stored.codeHash, attempts: 1 };
    expect(judgeTry(KEY, "consent", "subject-2", stored.code, tried)).toMatchObject({ ok: false, reason: "wrong-code" });
    expect(judgeTry(KEY, "family-binding", "subject-1", stored.code, tried)).toMatchObject({ ok: false, reason: "wrong-code" });
    expect(judgeTry(KEY, "consent", "subject-1", stored.code, { codeHash: null, attempts: 1 })).toMatchObject({ ok: false, reason: "wrong-code" });
  });

  it("compares the hashes with timingSafeEqual, right or wrong", () => {
    const compare = vi.mocked(timingSafeEqual);
    for (const code of [stored.code, wrong]) {
      compare.mockClear();
      judgeTry(KEY, "consent", "subject-1", code, { codeHash: stored.codeHash, attempts: 1 });
      expect(compare).toHaveBeenCalledTimes(1);
      const [left, right] = compare.mock.calls[0]!;
      expect(left.byteLength).toBe(64);
      expect(right.byteLength).toBe(64);
    }
  });
});

describe("why a try was not counted", () => {
  it.each([
    { name: "no tries left", attempts: 5, expiresAt: later(600), why: "locked" },
    { name: "no tries left, and past its time", attempts: 5, expiresAt: T0, why: "locked" },
    { name: "past its time", attempts: 2, expiresAt: T0, why: "expired" },
    { name: "never sent (no expiry stored)", attempts: 0, expiresAt: null, why: "expired" },
    { name: "neither (the row changed meanwhile)", attempts: 2, expiresAt: later(1), why: null },
  ])("$name: $why", ({ attempts, expiresAt, why }) => {
    expect(whyNotCounted("consent", { attempts, expiresAt }, T0)).toBe(why);
  });
});

/**
 * The whole mechanism against a real table, used as sign-in uses otp_challenge: each try one
 * conditional UPDATE, the right code spent by the caller. Each case has its own row.
 */
describe("tries counted in the database", () => {
  let database: OpenDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  async function challenge() {
    const id = randomUUID();
    const issued = issueCode(KEY, "sign-in", id, T0);
    await database.db.insert(otpChallenge).values({ id, phone: "13800000001", codeHash: issued.codeHash, createdAt: T0, expiresAt: issued.expiresAt });
    return { id, right: issued.code, wrong: issued.code === "000000" ? "111111" : "000000" };
  }

  async function attempt(id: string, typed: string, at: Date): Promise<string | number> {
    const code = readCode("sign-in", typed);
    if (code === null) return "code-invalid";
    const tries = countTry("sign-in", otpChallenge, at);
    const [tried] = await database.db
      .update(otpChallenge)
      .set({ attempts: tries.attempts })
      .where(and(eq(otpChallenge.id, id), isNull(otpChallenge.consumedAt), tries.allowed))
      .returning();
    if (!tried) {
      const [row] = await database.db.select().from(otpChallenge).where(eq(otpChallenge.id, id));
      return row?.consumedAt ? "used" : (whyNotCounted("sign-in", row!, at) ?? "unknown");
    }
    const verdict = judgeTry(KEY, "sign-in", id, code, tried);
    if (!verdict.ok) return verdict.reason === "wrong-code" ? verdict.attemptsLeft : verdict.reason;
    await database.db.update(otpChallenge).set({ consumedAt: at }).where(eq(otpChallenge.id, id));
    return "ok";
  }

  const ttl = CODE_POLICIES["sign-in"].ttlSeconds;
  it.each([
    { name: "a wrong code counts a try", tries: [["wrong", 1]], outcomes: [4], attempts: 1 },
    { name: "a typo is not a try", tries: [["12a", 1], ["right", 2]], outcomes: ["code-invalid", "ok"], attempts: 1 },
    { name: "the fifth wrong try locks", tries: [["wrong", 1], ["wrong", 2], ["wrong", 3], ["wrong", 4], ["wrong", 5]], outcomes: [4, 3, 2, 1, "locked"], attempts: 5 },
    { name: "a locked code refuses even the right code, uncounted", tries: [...Array(5).fill(["wrong", 1]), ["right", 2]], outcomes: [4, 3, 2, 1, "locked", "locked"], attempts: 5 },
    { name: "the right code after wrong ones", tries: [["wrong", 1], ["wrong", 2], ["right", 3]], outcomes: [4, 3, "ok"], attempts: 3 },
    { name: "the right code works once", tries: [["right", 1], ["right", 2]], outcomes: ["ok", "used"], attempts: 1 },
    { name: "the right code on its last second", tries: [["right", ttl - 1]], outcomes: ["ok"], attempts: 1 },
    { name: "an expired code is refused, uncounted", tries: [["right", ttl]], outcomes: ["expired"], attempts: 0 },
  ] as { name: string; tries: [string, number][]; outcomes: (string | number)[]; attempts: number }[])("$name", async ({ tries, outcomes, attempts }) => {
    const { id, right, wrong } = await challenge();
    const results = [];
    for (const [typed, second] of tries) results.push(await attempt(id, typed === "right" ? right : typed === "wrong" ? wrong : typed, later(second)));
    expect(results).toEqual(outcomes);
    const [row] = await database.db.select().from(otpChallenge).where(eq(otpChallenge.id, id));
    expect(row?.attempts).toBe(attempts);
  });

  it("never counts more than the limit, however many tries arrive at once", async () => {
    const { id, wrong } = await challenge();
    const results = await Promise.all(Array.from({ length: 20 }, () => attempt(id, wrong, later(1))));
    expect(results.filter((r) => typeof r === "number")).toHaveLength(4);
    expect(results.filter((r) => r === "locked")).toHaveLength(16);
    const [row] = await database.db.select().from(otpChallenge).where(eq(otpChallenge.id, id));
    expect(row?.attempts).toBe(CODE_POLICIES["sign-in"].maxAttempts);
  });
});
