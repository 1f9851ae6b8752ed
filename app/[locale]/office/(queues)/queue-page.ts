import "server-only";
import { notFound } from "next/navigation";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { REGIONS } from "@/lib/rules/vocabulary";
import { STEP_REFUSALS } from "./queue-answer";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The regions a staff member may filter by: theirs, or every region. */
export const regionsFor = (actor: StaffActor): string[] => (actor.region ? [actor.region] : [...REGIONS]);

/** A service's refusal to show an item is a 404 to the console (the item is not theirs to see). */
export function orNotFound<R extends { ok: boolean }>(result: R): Extract<R, { ok: true }> {
  if (!result.ok) notFound();
  return result as Extract<R, { ok: true }>;
}

/** `?done=<step>` after a decision, if it is one of the steps. */
export function doneStep<S extends string>(steps: readonly S[], value: string | string[] | undefined): S | null {
  return typeof value === "string" && (steps as readonly string[]).includes(value) ? (value as S) : null;
}

/** `?refused=<reason>` after a step that was refused, if it is one a step can give. */
export function refusedStep(value: string | string[] | undefined): (typeof STEP_REFUSALS)[number] | null {
  return doneStep(STEP_REFUSALS, value);
}
