/**
 * The one door to the policy packs: which packs exist, and which applies on a date. Everything
 * else (the engine, the J1 check, registration, payment, 家庭共济, the home page, the API and the
 * CLI) asks here.
 */
import { isBetween, maxDate, yearOf } from "../dates";
import type { EvaluationError, ParsedRequest } from "../schema";
import { REGIONS, type Region } from "../vocabulary";
import { loadPacks } from "./load";
import { projectPack, projectionOpens } from "./project";
import type { Pack } from "./types";

/**
 * Packs read from published sources: the files of content/policies, loaded and checked once per
 * process (a broken file stops start-up). Adding a year adds a file there, nothing else. By region,
 * then latest year first.
 */
export const publishedPacks: readonly Pack[] = loadPacks().sort(
  (a, b) => REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region) || b.coverageYear - a.coverageYear || a.id.localeCompare(b.id),
);

/** The regions in the order the packs list them: the order in which they are offered and shown. */
export const regionOrder: readonly Region[] = [...new Set(publishedPacks.map((pack) => pack.region))];

const byRegionThenYear = (a: Pack, b: Pack) => regionOrder.indexOf(a.region) - regionOrder.indexOf(b.region) || a.coverageYear - b.coverageYear;

function latestPack(region: Region): Pack | undefined {
  return publishedPacks
    .filter((pack) => pack.region === region)
    .reduce<Pack | undefined>((latest, pack) => (!latest || pack.coverageYear > latest.coverageYear ? pack : latest), undefined);
}

/** The projected next-year pack of each region whose registration would have opened by `date`. */
export function projectedPacks(date: string): Pack[] {
  return regionOrder.flatMap((region) => {
    const latest = latestPack(region);
    if (!latest) return [];
    const year = latest.coverageYear + 1;
    const published = publishedPacks.some((pack) => pack.region === region && pack.coverageYear === year);
    return !published && date >= projectionOpens(latest) ? [projectPack(latest)] : [];
  });
}

/** Published packs plus the projections available on `date` (GET /api/v1/policies lists them in this order). */
export function packsOn(date: string): Pack[] {
  return [...publishedPacks, ...projectedPacks(date)];
}

/** A pack by id, projections included once available on `today`. */
export function packById(id: string, today: string): Pack | undefined {
  return packsOn(today).find((pack) => pack.id === id);
}

/** The pack of a region's coverage year (a projection once available on `today`), if there is one. */
export function packForCoverageYear(region: string, coverageYear: number, today: string): Pack | undefined {
  return packsOn(today).find((pack) => pack.region === region && pack.coverageYear === coverageYear);
}

/**
 * Packs a resident can still enrol in on `today`: registration has opened and the coverage year
 * has not ended (projected next-year packs included, once their registration would have opened),
 * by region, then coverage year.
 */
export function openPacks(today: string): Pack[] {
  return packsOn(today)
    .filter((pack) => pack.periods.registration.value.start <= today && today <= pack.periods.coverage.value.end)
    .sort(byRegionThenYear);
}

/** The pack a person of `region` registers in today: the region's open pack whose registration is open, else the latest one still running. */
export function packForRegion(region: string, today: string): Pack | undefined {
  const open = openPacks(today).filter((pack) => pack.region === region);
  const inRegistration = open.filter((pack) => isBetween(today, pack.periods.registration.value.start, pack.periods.registration.value.end));
  return inRegistration.at(-1) ?? open.at(-1);
}

/**
 * The home page's key dates: per region, the pack whose registration opened most recently by
 * `today`; failing that, the next to open.
 */
export function currentPeriods(today: string, packs: readonly Pack[] = packsOn(today)): Pack[] {
  const regions = [...new Set(packs.map((pack) => pack.region))];
  return regions.flatMap((region) => {
    const ofRegion = packs
      .filter((pack) => pack.region === region)
      .sort((a, b) => a.periods.registration.value.start.localeCompare(b.periods.registration.value.start));
    const opened = ofRegion.filter((pack) => pack.periods.registration.value.start <= today);
    const chosen = opened.at(-1) ?? ofRegion[0];
    return chosen ? [chosen] : [];
  });
}

/** The region's pack of the latest year before `pack`'s (projections included once available on `today`). */
export function lastYearOf(pack: Pack, today: string): Pack | undefined {
  return packsOn(maxDate(today, pack.periods.registration.value.start))
    .filter((other) => other.region === pack.region && other.coverageYear < pack.coverageYear)
    .sort((a, b) => b.coverageYear - a.coverageYear)[0];
}

/** The region whose packs decide 家庭共济 for an employee insured in `province` (their payer province). */
export function regionForPayerProvince(province: string): Region | undefined {
  return publishedPacks.find((pack) => pack.familyAid?.payerProvince.value === province)?.region;
}

/** The centralized period: registration opens … the later of registration and payment end. */
export function centralizedPeriod(pack: Pack): { start: string; end: string } {
  const { registration, payment } = pack.periods;
  return { start: registration.value.start, end: maxDate(registration.value.end, payment.value.end) };
}

export type Resolution = { ok: true; pack: Pack } | { ok: false; error: EvaluationError };

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
