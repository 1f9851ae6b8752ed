/** 参保率 against the targets of a pack (EnrollmentTargets): rates in basis points, compared in whole numbers. */
import type { Figure, Pack } from "./packs/types";
import type { AssistanceCode } from "./vocabulary";

/** `count` of `population` in basis points, rounded down so that a rate is never shown above what was reached. */
export function rateBasisPoints(count: number, population: number): number | null {
  return population > 0 ? Math.floor((count * 10_000) / population) : null;
}

/** Whether `count` of `population` reaches `target` basis points: count / population ≥ target / 10 000, exactly. */
export function reachesTarget(count: number, population: number, target: number): boolean | null {
  return population > 0 ? count * 10_000 >= target * population : null;
}

/** 本市户籍参保率, where the pack's sources set it. */
export function localHukouTarget(pack: Pack | undefined): Figure<number> | null {
  return pack?.targets?.localHukou ?? null;
}

/** The 资助参保率 of one roster group: the pack's assisted rate when its sources name the group, provisional if either figure is. */
export function assistedTarget(pack: Pack | undefined, group: AssistanceCode): Figure<number> | null {
  const assisted = pack?.targets?.assisted;
  if (!assisted || !assisted.groups.value.includes(group)) return null;
  const status = assisted.groups.status === "verified" && assisted.rate.status === "verified" ? "verified" : "provisional";
  return { value: assisted.rate.value, source: assisted.rate.source, status };
}
