import { inArray } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/password-hash";
import { insertStaff } from "@/lib/auth/staff/accounts";
import { officeKeys } from "@/lib/auth/staff/keys";
import { staffAccount } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";
import { DEMO_STAFF } from "./staff";

/** Writes the demo staff (idempotent: a staff number already there is left as it is); returns how many were new. */
export async function seedDemoStaff(db: Db, at: Date): Promise<number> {
  const { seal } = await officeKeys(db);
  const present = new Set((await db.select({ number: staffAccount.staffNumber }).from(staffAccount).where(inArray(staffAccount.staffNumber, DEMO_STAFF.map((s) => s.staffNumber)))).map((r) => r.number));
  let added = 0;
  for (const staff of DEMO_STAFF.filter((s) => !present.has(s.staffNumber))) {
    const id = await insertStaff(db, seal, { ...staff, passwordHash: await hashPassword(staff.password), passwordChangeRequired: false }, at);
    if (id) added += 1;
  }
  return added;
}
