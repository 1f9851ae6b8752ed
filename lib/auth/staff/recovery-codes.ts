import { randomInt } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import { staffRecoveryCode } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { keyedHash } from "../secret";
import { STAFF_POLICY } from "./policy";

/**
 * Recovery codes: ten codes shown once at enrolment, each usable once instead of a TOTP code (a lost
 * or broken phone). Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L, U), about
 * 49 bits each, shown as XXXXX-XXXXX; stored as keyed hashes.
 */
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 10;

export function newRecoveryCodes(): string[] {
  return Array.from({ length: STAFF_POLICY.recoveryCodes.count }, () => {
    const chars = Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** The code as typed (any case, spaces and hyphens ignored), or null when it cannot be a recovery code. */
export function readRecoveryCode(typed: string): string | null {
  const code = typed.replace(/[\s-]/g, "").toUpperCase();
  return code.length === LENGTH && [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}

function codeHash(key: Buffer, staffId: string, code: string): string {
  return keyedHash(key, "office-recovery", staffId, code);
}

/** Replaces the member of staff's recovery codes with these. */
export async function storeRecoveryCodes(db: DbOrTx, key: Buffer, staffId: string, codes: readonly string[], at: Date): Promise<void> {
  await db.delete(staffRecoveryCode).where(eq(staffRecoveryCode.staffId, staffId));
  await db.insert(staffRecoveryCode).values(codes.map((code) => ({ staffId, codeHash: codeHash(key, staffId, readRecoveryCode(code) ?? code), createdAt: at })));
}

/**
 * Uses the code if it is one of the staff member's unused codes: one conditional UPDATE, so that
 * two browsers typing the same code at once cannot both use it. Returns how many codes remain, or
 * null when it is not a code of theirs (or was used already).
 */
export async function useRecoveryCode(db: DbOrTx, key: Buffer, staffId: string, code: string, at: Date): Promise<number | null> {
  const [used] = await db
    .update(staffRecoveryCode)
    .set({ usedAt: at })
    .where(and(eq(staffRecoveryCode.staffId, staffId), eq(staffRecoveryCode.codeHash, codeHash(key, staffId, code)), isNull(staffRecoveryCode.usedAt)))
    .returning({ id: staffRecoveryCode.id });
  if (!used) return null;
  const left = await db
    .select({ id: staffRecoveryCode.id })
    .from(staffRecoveryCode)
    .where(and(eq(staffRecoveryCode.staffId, staffId), isNull(staffRecoveryCode.usedAt)));
  return left.length;
}

/** Ends every recovery code of the member of staff (their second factor was reset). */
export async function dropRecoveryCodes(db: DbOrTx, staffId: string): Promise<void> {
  await db.delete(staffRecoveryCode).where(eq(staffRecoveryCode.staffId, staffId));
}
