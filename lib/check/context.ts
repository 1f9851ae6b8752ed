import { describePack, openPacks, type PolicyDescription } from "@/lib/rules";

/** What the journey depends on besides the answers: the service date and the packs open on it. */
export type FlowContext = { today: string; packs: PolicyDescription[] };

/** The packs a resident can still enrol in on `today`, as the catalog lists them (lib/rules openPacks). */
export function flowContext(today: string): FlowContext {
  return { today, packs: openPacks(today).map((pack) => describePack(pack)) };
}

export function packOf(ctx: FlowContext, id: string | undefined): PolicyDescription | undefined {
  return ctx.packs.find((pack) => pack.id === id);
}
