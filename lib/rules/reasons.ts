import type { Pack } from "./packs/types";
import type { Reason } from "./schema";
import { reasonCodes, type ReasonCode } from "./reason-codes";

const order = new Map<string, number>(reasonCodes.map((code, index) => [code, index]));

export type Params = Record<string, string | number>;

/** A reason with the clause that the pack cites for it. */
export function reason(pack: Pack, code: ReasonCode, params?: Params): Reason {
  const source = pack.cite[code] ?? pack.cite["pack.default"];
  return params ? { code, source, params } : { code, source };
}

/** Reasons in the stable order of reasonCodes. */
export function inStableOrder(reasons: Reason[]): Reason[] {
  return [...reasons].sort((a, b) => (order.get(a.code) ?? 999) - (order.get(b.code) ?? 999));
}
