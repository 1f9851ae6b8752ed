import { STAFF_ROLES } from "@/lib/db/schema";

export { STAFF_ROLES };
export type StaffRole = (typeof STAFF_ROLES)[number];

/** A signed-in member of the insurance office's staff, as services receive them (never a resident's Actor). */
export type StaffActor = {
  staffId: string;
  staffNumber: string;
  roles: readonly StaffRole[];
  /** The region whose residents they serve (a pack's region id), or null for every region. */
  region: string | null;
};

/** Whether the member of staff holds the role. */
export function holdsRole(actor: StaffActor, role: StaffRole): boolean {
  return actor.roles.includes(role);
}
