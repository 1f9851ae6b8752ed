import { appendAudit } from "@/lib/db/audit";
import type { Db } from "@/lib/db/types";
import { revokeAllSessions, revokeSession } from "./sessions";

/** Ends this browser's session. */
export async function signOut(db: Db, token: string | undefined, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    const accountId = await revokeSession(tx, token, at);
    if (accountId) await appendAudit(tx, at, { action: "sign-out", outcome: "success", accountId });
  });
}

/** Ends every session of the account, on every device. */
export async function signOutEverywhere(db: Db, accountId: string, at: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const ended = await revokeAllSessions(tx, accountId, at);
    await appendAudit(tx, at, { action: "sign-out.everywhere", outcome: "success", accountId, detail: { sessions: ended } });
    return ended;
  });
}
