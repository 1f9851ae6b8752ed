import { randomInt, randomUUID } from "node:crypto";
import { staffAccount } from "@/lib/db/schema";
import type { DbOrTx } from "@/lib/db/types";
import { seal } from "../seal";
import type { StaffRole } from "../staff-actor";

export type NewStaff = {
  staffNumber: string;
  displayName: string;
  roles: readonly StaffRole[];
  region: string | null;
  passwordHash: string;
  /** True for a one-time password an admin was shown: the first sign-in replaces it. */
  passwordChangeRequired: boolean;
  /** An already enrolled TOTP secret (base32): demo staff only; everyone else enrols at first sign-in. */
  totpSecret?: string;
};

/** Writes a staff account; returns its id, or null when the staff number is taken. */
export async function insertStaff(db: DbOrTx, sealKey: Buffer, input: NewStaff, at: Date): Promise<string | null> {
  const id = randomUUID();
  const rows = await db
    .insert(staffAccount)
    .values({
      id,
      staffNumber: input.staffNumber,
      displayName: input.displayName,
      roles: [...input.roles],
      region: input.region,
      passwordHash: input.passwordHash,
      passwordChangeRequired: input.passwordChangeRequired,
      totpSecretSealed: input.totpSecret ? seal(sealKey, input.totpSecret, id) : null,
      totpEnrolledAt: input.totpSecret ? at : null,
      createdAt: at,
    })
    .onConflictDoNothing({ target: staffAccount.staffNumber })
    .returning({ id: staffAccount.id });
  return rows[0]?.id ?? null;
}

const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

/** A one-time password for an admin to hand over: 16 characters without look-alikes (about 79 bits), as xxxx-xxxx-xxxx-xxxx. */
export function newOneTimePassword(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return chars.match(/.{4}/g)!.join("-");
}
