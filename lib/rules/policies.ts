import { packById } from "./packs/catalog";
import { figuresOf } from "./packs/figure-paths";
import type { Pack } from "./packs/types";
import type { AssistanceCode, PolicyDescription } from "./schema";

export type { Pack } from "./packs/types";

type FlatFigure = PolicyDescription["figures"][string];

/**
 * Every figure of a pack by dotted path; a date range gives `.start` and `.end`. The office's
 * 参保率 targets are left out: they decide nothing for a resident, and the description (with its
 * fingerprint, which tells a resident the pack changed since they registered) is the resident's.
 */
export function packFigures(pack: Pack): Record<string, FlatFigure> {
  const figures: Record<string, FlatFigure> = {};
  for (const [path, { value, source, status }] of figuresOf(pack)) {
    if (path.startsWith("targets.")) continue;
    if (typeof value === "object" && value !== null && "start" in value && "end" in value) {
      const range = value as { start: string; end: string };
      figures[`${path}.start`] = { value: range.start, source, status };
      figures[`${path}.end`] = { value: range.end, source, status };
    } else if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") {
      figures[path] = { value, source, status };
    }
  }
  return figures;
}

/** A pack as the API and the views read it (no pack, no description). */
export function describePack(pack: Pack): PolicyDescription;
export function describePack(pack: Pack | undefined): PolicyDescription | undefined;
export function describePack(pack: Pack | undefined): PolicyDescription | undefined {
  if (!pack) return undefined;
  return {
    id: pack.id,
    region: pack.region,
    regionName: pack.regionName,
    coverageYear: pack.coverageYear,
    projected: pack.projected,
    sources: pack.sources,
    periods: {
      registration: pack.periods.registration.value,
      payment: pack.periods.payment.value,
      coverage: pack.periods.coverage.value,
    },
    baseDate: pack.baseDate.value,
    categories: pack.categories,
    assistance: pack.assistance.map((group) => ({ code: group.code, label: group.label, dynamicOnly: group.dynamicOnly ?? false })),
    figures: packFigures(pack),
    channels: pack.channels,
  };
}

/** The assistance codes of a pack with their zh-Hans labels (any projection of the pack's region included). */
export function assistanceCodes(packId: string, today = "2099-12-31"): { code: AssistanceCode; label: string; dynamicOnly: boolean }[] {
  const pack = packById(packId, today);
  return pack ? pack.assistance.map((group) => ({ code: group.code, label: group.label, dynamicOnly: group.dynamicOnly ?? false })) : [];
}
