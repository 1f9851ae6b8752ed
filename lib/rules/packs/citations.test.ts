import { describe, expect, it } from "vitest";
import { citationResolves } from "@/lib/sources/catalog";
import { packsOn, publishedPacks } from ".";
import type { Pack } from "./types";

/** Every "<source>#<clause>" string anywhere in a pack. */
function citations(pack: Pack): string[] {
  const found = new Set<string>();
  const visit = (node: unknown) => {
    if (typeof node === "string" && /^[a-z0-9-]+#/.test(node)) found.add(node);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (typeof node === "object" && node !== null) Object.values(node).forEach(visit);
  };
  visit(pack);
  return [...found].sort();
}

describe.each(packsOn("2026-12-31").map((pack) => [pack.id, pack] as const))("pack %s", (_id, pack) => {
  it.each(citations(pack))("cites an existing clause: %s", (citation) => {
    expect(citationResolves(citation)).toBe(true);
  });
});

describe("published packs", () => {
  it("have unique ids, one per region and coverage year", () => {
    const keys = publishedPacks.map((pack) => `${pack.region}-${pack.coverageYear}`);
    expect(new Set(publishedPacks.map((pack) => pack.id)).size).toBe(publishedPacks.length);
    expect(new Set(keys).size).toBe(publishedPacks.length);
  });
});
