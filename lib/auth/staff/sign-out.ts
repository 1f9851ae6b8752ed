import { appendAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/types";
import { revokeAllStaffSessions, revokeStaffSession } from "./sessions";

/** Ends this browser's staff session. */
export async function signOutStaff(db: Db, token: string | undefined, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const staffId = await revokeStaffSession(tx, token, at);
    if (staffId) await appendAudit(tx, at, { action: "office.sign-out", outcome: "success", staffId });
  });
}

/** Ends every session of the member of staff, in every browser. */
export async function signOutStaffEverywhere(db: Db, staffId: string, at: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const sessions = await revokeAllStaffSessions(tx, staffId, at);
    await appendAudit(tx, at, { action: "office.sign-out.everywhere", outcome: "success", staffId, detail: { sessions } });
    return sessions;
  });
}
