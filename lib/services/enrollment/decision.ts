import { createHash } from "node:crypto";
import { describePack, packById, type EligibilityAnswer, type PolicyDescription } from "@/lib/rules";

/** sha256 of the pack's published description: stored with a decision, so a later change to the pack shows. */
export function packFingerprint(pack: PolicyDescription): string {
  return createHash("sha256").update(JSON.stringify(pack)).digest("hex");
}

/** Whether the pack a decision was made on has changed since (the decision stands either way). */
export function packChangedSince(decided: { packId: string; packFingerprint: string }, today: string): boolean {
  const pack = describePack(packById(decided.packId, today));
  return !pack || packFingerprint(pack) !== decided.packFingerprint;
}

export type Outcome = "register" | "renewal" | "school" | "not-eligible" | "closed";

/** What the registration does with the rules' answer: register, or explain why not here. */
export function outcomeOf(answer: EligibilityAnswer): Outcome {
  if (!answer.eligible) return "not-eligible";
  if (answer.period === "closed" || answer.period === "not-open") return "closed";
  if (answer.route === "renewal") return "renewal";
  if (answer.route === "school") return "school";
  return "register";
}
