import type { Region } from "../schema";
import { fenghua2022 } from "./fenghua-2022";
import { ningbo2023 } from "./ningbo-2023";
import { ningbo2026 } from "./ningbo-2026";
import { ningxia2026 } from "./ningxia-2026";
import { projectPack, projectionOpens } from "./project";
import type { Pack } from "./types";

export type { Pack } from "./types";

/** Packs read from published sources. Adding a year adds a file here, nothing else. */
export const publishedPacks: readonly Pack[] = [ningbo2026, ningbo2023, fenghua2022, ningxia2026];

function latestPack(region: Region): Pack | undefined {
  return publishedPacks
    .filter((pack) => pack.region === region)
    .reduce<Pack | undefined>((latest, pack) => (!latest || pack.coverageYear > latest.coverageYear ? pack : latest), undefined);
}

/** The projected next-year pack of each region whose registration would have opened by `date`. */
export function projectedPacks(date: string): Pack[] {
  const regions: Region[] = ["ningbo", "ningxia"];
  return regions.flatMap((region) => {
    const latest = latestPack(region);
    if (!latest) return [];
    const year = latest.coverageYear + 1;
    const published = publishedPacks.some((pack) => pack.region === region && pack.coverageYear === year);
    return !published && date >= projectionOpens(latest) ? [projectPack(latest)] : [];
  });
}

/** Published packs plus the projections available on `date`. */
export function packsOn(date: string): Pack[] {
  return [...publishedPacks, ...projectedPacks(date)];
}
