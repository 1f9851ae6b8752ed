import type { PolicyDescription } from "./rules";

/** Per region, the pack whose registration opened most recently by today; failing that, the next to open. */
export function currentPeriods(policies: PolicyDescription[], today: string): PolicyDescription[] {
  const regions = [...new Set(policies.map((p) => p.region))];
  return regions.flatMap((region) => {
    const packs = policies
      .filter((p) => p.region === region)
      .sort((a, b) => a.periods.registration.start.localeCompare(b.periods.registration.start));
    const opened = packs.filter((p) => p.periods.registration.start <= today);
    const chosen = opened.at(-1) ?? packs[0];
    return chosen ? [chosen] : [];
  });
}
