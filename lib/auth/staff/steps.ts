import { appendAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/types";
import { advancePending, consumePending, type PendingSignIn, type Stage } from "./pending";
import { createStaffSession, purgeEndedStaffSessions, revokeStaffSession } from "./sessions";

/** What a step of the office's sign-in answers when it went right: the next step, or the session. */
export type StepDone = { ok: true; next: Stage } | { ok: true; next: "done"; sessionToken: string };

export type StepContext = { clientRef: string; previousSessionToken?: string };

/** What is still to do: enrol a second factor, replace a one-time password, see the new recovery codes; else nothing. */
export function nextStage(state: { enrolled: boolean; passwordChangeRequired: boolean; codesToShow: boolean }): Stage | "done" {
  if (!state.enrolled) return "enrol";
  if (state.passwordChangeRequired) return "new-password";
  if (state.codesToShow) return "recovery-codes";
  return "done";
}

/**
 * Moves a pending sign-in on from the stage just completed: to the next stage, or — nothing left —
 * ends it and starts a session (ending the one this browser had), audited as the sign-in's success.
 */
export async function proceed(
  tx: Tx,
  pending: PendingSignIn,
  from: Stage,
  next: Stage | "done",
  context: StepContext,
  at: Date,
  set: Parameters<typeof advancePending>[3] = {},
): Promise<StepDone | { ok: false; reason: "stale" }> {
  if (next !== "done") return (await advancePending(tx, pending.idHash, from, { ...set, stage: next }, at)) ? { ok: true, next } : { ok: false, reason: "stale" };
  if (!(await consumePending(tx, pending.idHash, at))) return { ok: false, reason: "stale" };
  await revokeStaffSession(tx, context.previousSessionToken, at);
  const sessionToken = await createStaffSession(tx, pending.staffId, at);
  await appendAudit(tx, at, {
    action: "office.sign-in.success",
    outcome: "success",
    staffId: pending.staffId,
    clientRef: context.clientRef,
    detail: { method: set.method ?? pending.method ?? "totp" },
  });
  await purgeEndedStaffSessions(tx, at);
  return { ok: true, next: "done", sessionToken };
}
