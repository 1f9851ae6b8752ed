import { listPolicies, type PolicyDescription } from "@/lib/rules";

/** What the journey depends on besides the answers: the service date and the packs open on it. */
export type FlowContext = { today: string; packs: PolicyDescription[] };

const REGION_ORDER = ["ningbo", "ningxia"];

/**
 * Packs a resident can still enrol in on `today`: registration has opened and the coverage year
 * has not ended (projected next-year packs included, once their registration would have opened).
 */
export function openPacks(today: string): PolicyDescription[] {
  return listPolicies({ today })
    .filter((pack) => pack.periods.registration.start <= today && today <= pack.periods.coverage.end)
    .sort((a, b) => REGION_ORDER.indexOf(a.region) - REGION_ORDER.indexOf(b.region) || a.coverageYear - b.coverageYear);
}

export function flowContext(today: string): FlowContext {
  return { today, packs: openPacks(today) };
}

export function packOf(ctx: FlowContext, id: string | undefined): PolicyDescription | undefined {
  return ctx.packs.find((pack) => pack.id === id);
}
