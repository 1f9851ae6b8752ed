import type { StaffActor, StaffRole } from "@/lib/auth/staff-actor";
import { staffAccount } from "@/lib/db/schema";
import type { Db } from "@/lib/db/types";

let counter = 0;

/** A member of staff with these roles and region, without going through the staff sign-in. */
export async function staffFor(db: Db, roles: StaffRole[], region: string | null = null): Promise<StaffActor> {
  counter += 1;
  const staffNumber = `T${String(counter).padStart(5, "0")}${roles.map((r) => r[0]).join("")}`;
  const [row] = await db
    .insert(staffAccount)
    .values({ staffNumber, displayName: `测试${staffNumber}`, passwordHash: "test:not-a-hash", roles, region, createdAt: new Date("2025-11-01T00:00:00Z") })
    .returning({ id: staffAccount.id });
  return { staffId: row!.id, staffNumber, roles, region };
}

/** What a resident's session holds, passed where a service wants a member of staff (it must be refused). */
export const residentAsStaff = (actor: { accountId: string; personId: string }) => actor as unknown as StaffActor;
