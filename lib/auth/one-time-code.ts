import { randomInt, timingSafeEqual } from "node:crypto";
import { and, gt, lt, sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { keyedHash } from "./secret";

/**
 * Every one-time code's numbers, by what the code is for. Per-address limits are generous because
 * many residents share one public address (mobile carriers' NAT, a community service centre's
 * computer); per-phone limits are tight because each code costs an SMS.
 */
export const CODE_POLICIES = {
  /** JOURNEYS.md J2 and issue 6. otp_challenge's check constraint holds attempts to 0–5. */
  "sign-in": {
    length: 6,
    ttlSeconds: 5 * 60,
    maxAttempts: 5,
    resendSeconds: 60,
    /** The code step (its cookie) outlives its code a little, so that "send again" still knows the phone. */
    pendingSeconds: 15 * 60,
    limits: {
      codesPerPhone: [
        { windowSeconds: 60 * 60, max: 5 },
        { windowSeconds: 24 * 60 * 60, max: 10 },
      ],
      codesPerAddress: [{ windowSeconds: 60 * 60, max: 200 }],
      codeChecksPerAddress: [{ windowSeconds: 60 * 60, max: 600 }],
    },
  },
  /** Issue 7: the adult relative's consent to an agent. */
  consent: {
    length: 6,
    ttlSeconds: 10 * 60,
    maxAttempts: 5,
    /** Issue 13: a request repeated within this time (a double submit) is the same request: no second code. */
    resendSeconds: 60,
    limits: { requestsPerAgent: { windowSeconds: 60 * 60, max: 10 } },
  },
  /**
   * 家庭共济: the relative's confirmation of a binding, as for consent (issue 7). Issue 13: six codes
   * reached one phone in a second, so requests are counted per payer, and codes per relative's phone
   * (several relatives may ask the same parent; a resend or two is all one needs).
   */
  "family-binding": {
    length: 6,
    ttlSeconds: 10 * 60,
    maxAttempts: 5,
    limits: {
      requestsPerPayer: [{ windowSeconds: 60 * 60, max: 10 }],
      codesPerRelativePhone: [
        { windowSeconds: 60 * 60, max: 3 },
        { windowSeconds: 24 * 60 * 60, max: 6 },
      ],
    },
  },
  /**
   * Issue 13: moving a person's binding to a new phone, confirmed by a code sent to the phone already
   * bound (docs/decisions/0012). At most five codes an hour to one person's phone, 60 s apart.
   */
  rebind: {
    length: 6,
    ttlSeconds: 10 * 60,
    maxAttempts: 5,
    resendSeconds: 60,
    limits: { codesPerPerson: { windowSeconds: 60 * 60, max: 5 } },
  },
} as const;

export type CodePurpose = keyof typeof CODE_POLICIES;

/** What each purpose's keyed hash is labelled with; changing one invalidates every code outstanding. */
const HASH_LABELS: Record<CodePurpose, string> = { "sign-in": "otp", consent: "consent", "family-binding": "family-binding", rebind: "rebind" };

export type IssuedCode = { code: string; codeHash: string; expiresAt: Date; validMinutes: number };

/** A fresh code for the row `subjectId`: what to send, what to store (a keyed hash) and until when it is valid. */
export function issueCode(key: Buffer, purpose: CodePurpose, subjectId: string, at: Date): IssuedCode {
  const { length, ttlSeconds } = CODE_POLICIES[purpose];
  const code = String(randomInt(0, 10 ** length)).padStart(length, "0");
  return {
    code,
    codeHash: codeHash(key, purpose, subjectId, code),
    expiresAt: new Date(at.getTime() + ttlSeconds * 1000),
    validMinutes: ttlSeconds / 60,
  };
}

/** The code as typed (spaces allowed), or null when it is not the purpose's number of digits: such a typo costs no try. */
export function readCode(purpose: CodePurpose, typed: string): string | null {
  const code = typed.replace(/\s/g, "");
  return code.length === CODE_POLICIES[purpose].length && /^\d+$/.test(code) ? code : null;
}

/** The columns a table keeps its code in. */
export type CodeColumns = { expiresAt: PgColumn; attempts: PgColumn };

/**
 * The SET and WHERE of the one conditional UPDATE that counts a try: it matches only while the code
 * is unexpired and has tries left, so concurrent guesses can never exceed the limit. The caller adds
 * which row and whether it is still open, and reads `attempts` (the try just counted) back.
 */
export function countTry(purpose: CodePurpose, columns: CodeColumns, at: Date): { attempts: SQL; allowed: SQL } {
  return {
    attempts: sql`${columns.attempts} + 1`,
    allowed: and(gt(columns.expiresAt, at), lt(columns.attempts, CODE_POLICIES[purpose].maxAttempts))!,
  };
}

export type TryVerdict = { ok: true } | { ok: false; reason: "wrong-code"; attemptsLeft: number } | { ok: false; reason: "locked" };

/** Whether the counted try was the right code; the try that used up the last one locks the code. */
export function judgeTry(
  key: Buffer,
  purpose: CodePurpose,
  subjectId: string,
  code: string,
  tried: { codeHash: string | null; attempts: number },
): TryVerdict {
  if (sameHash(tried.codeHash ?? "", codeHash(key, purpose, subjectId, code))) return { ok: true };
  const attemptsLeft = CODE_POLICIES[purpose].maxAttempts - tried.attempts;
  return attemptsLeft === 0 ? { ok: false, reason: "locked" } : { ok: false, reason: "wrong-code", attemptsLeft };
}

/** Why a try on an open row was not counted: no tries left, or past its time (or never sent); null when neither. */
export function whyNotCounted(purpose: CodePurpose, row: { attempts: number; expiresAt: Date | null }, at: Date): "locked" | "expired" | null {
  if (row.attempts >= CODE_POLICIES[purpose].maxAttempts) return "locked";
  if (!row.expiresAt || row.expiresAt <= at) return "expired";
  return null;
}

function codeHash(key: Buffer, purpose: CodePurpose, subjectId: string, code: string): string {
  return keyedHash(key, HASH_LABELS[purpose], subjectId, code);
}

/** Compared in constant time; a stored hash of another length (none stored) is simply not equal. */
function sameHash(stored: string, given: string): boolean {
  const left = Buffer.from(stored);
  const right = Buffer.from(given);
  return left.length === right.length && timingSafeEqual(left, right);
}
