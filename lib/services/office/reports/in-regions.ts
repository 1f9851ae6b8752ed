import { sql, type SQL } from "drizzle-orm";
import type { Region } from "@/lib/rules";

/** SQL: the household `h` is in one of the regions (false for none). */
export function householdInRegions(regions: readonly Region[]): SQL {
  if (regions.length === 0) return sql`false`;
  return sql`h.region in (${sql.join(
    regions.map((region) => sql`${region}`),
    sql`, `,
  )})`;
}
