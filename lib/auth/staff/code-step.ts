import { appendAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/types";
import { withinLimits } from "../rate-limit";
import { countFailure, lockedFor } from "./lockout";
import { consumePending, livePending, type PendingSignIn, type Stage } from "./pending";
import { STAFF_POLICY } from "./policy";
import type { StepDone } from "./steps";

export type CodeRefusal =
  | { ok: false; reason: "code-invalid" | "stale" | "disabled" }
  | { ok: false; reason: "wrong-code" | "used"; attemptsLeft: number }
  | { ok: false; reason: "locked" | "address-limit"; retryAfterSeconds: number };

export type CodeResult = StepDone | CodeRefusal;

/**
 * Opens a step that checks a code (the second factor, or the first code at enrolment), inside its
 * transaction: the per-address limit, the pending sign-in at that stage with its account locked
 * for the step, and the account still allowed to sign in (not disabled, not locked).
 */
export async function openCodeStep(tx: Tx, token: string | undefined, stage: Stage, clientRef: string, at: Date): Promise<PendingSignIn | CodeRefusal> {
  const byAddress = await withinLimits(tx, `office:code:addr:${clientRef}`, STAFF_POLICY.limits.codeChecksPerAddress, at);
  if (!byAddress.allowed) {
    await appendAudit(tx, at, { action: "office.sign-in.refused", outcome: "refused", clientRef, detail: { step: stage, reason: "address-limit" } });
    return { ok: false, reason: "address-limit", retryAfterSeconds: byAddress.retryAfterSeconds };
  }
  const pending = await livePending(tx, token, at, stage, { lock: true });
  if (!pending) return { ok: false, reason: "stale" };
  const refused = (reason: string) => appendAudit(tx, at, { action: "office.sign-in.refused", outcome: "refused", staffId: pending.staffId, clientRef, detail: { step: stage, reason } });
  if (pending.staff.disabledAt) {
    await consumePending(tx, pending.idHash, at);
    await refused("disabled");
    return { ok: false, reason: "disabled" };
  }
  const lockedSeconds = lockedFor(pending.staff, at);
  if (lockedSeconds > 0) {
    await refused("locked");
    return { ok: false, reason: "locked", retryAfterSeconds: lockedSeconds };
  }
  return pending;
}

export function isRefusal(value: PendingSignIn | CodeRefusal): value is CodeRefusal {
  return "ok" in value;
}

/** A wrong (or replayed) code: counted against the account; the fifth locks it and ends this sign-in. */
export async function refuseCode(
  tx: Tx,
  pending: PendingSignIn,
  clientRef: string,
  reason: "wrong-code" | "replayed-code" | "wrong-recovery-code",
  at: Date,
): Promise<CodeRefusal> {
  const failure = await countFailure(tx, pending.staffId, at);
  await appendAudit(tx, at, {
    action: failure.locked ? "office.sign-in.lockout" : "office.sign-in.failure",
    outcome: failure.locked ? "locked" : "failure",
    staffId: pending.staffId,
    clientRef,
    detail: { step: pending.stage, reason },
  });
  if (failure.locked) {
    await consumePending(tx, pending.idHash, at);
    return { ok: false, reason: "locked", retryAfterSeconds: failure.retryAfterSeconds };
  }
  return { ok: false, reason: reason === "replayed-code" ? "used" : "wrong-code", attemptsLeft: failure.attemptsLeft };
}
