import { isBetween, maxDate, yearOf } from "./dates";
import { packsOn, type Pack } from "./packs";
import type { EvaluationError, ParsedRequest } from "./schema";

export type Resolution = { ok: true; pack: Pack } | { ok: false; error: EvaluationError };

/** The centralized period: registration opens … the later of registration and payment end. */
export function centralizedPeriod(pack: Pack): { start: string; end: string } {
  const { registration, payment } = pack.periods;
  return { start: registration.value.start, end: maxDate(registration.value.end, payment.value.end) };
}

/**
 * API.md `policy`: a named pack (projections only once they are available), else the region's pack
 * whose centralized period contains asOf, else the pack of asOf's calendar year.
 */
export function resolvePack(request: ParsedRequest, asOf: string, today: string): Resolution {
  const available = packsOn(maxDate(today, asOf));
  if (request.policy !== undefined) {
    const named = available.find((pack) => pack.id === request.policy);
    return named
      ? { ok: true, pack: named }
      : { ok: false, error: { code: "unknown-policy", message: `No policy pack "${request.policy}"` } };
  }
  const regional = available.filter((pack) => pack.region === request.region);
  const inPeriod = regional.find((pack) => {
    const period = centralizedPeriod(pack);
    return isBetween(asOf, period.start, period.end);
  });
  const ofYear = regional.find((pack) => pack.coverageYear === yearOf(asOf));
  const pack = inPeriod ?? ofYear;
  return pack
    ? { ok: true, pack }
    : { ok: false, error: { code: "unknown-policy", message: `No ${request.region} policy pack for ${asOf}` } };
}
