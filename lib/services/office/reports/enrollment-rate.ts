/**
 * 参保率 by region and district for a coverage year, against the year's targets (the packs'
 * EnrollmentTargets), with the assistance rosters on their own.
 *
 * Who should be insured (the denominator), per region: every registry person of a household in the
 * region with local hukou (本市户籍, the population the targets name), born by the end of the coverage
 * year, who is not in 职工医保 (an active employee account: insured in the other scheme, shown as
 * its own count). The sources are silent on three things, and this is what is counted:
 * - whether 参保率 counts employee insurance: it does not here (the portal knows the resident scheme);
 * - what 参保 means: paid (personYear), so the rate is paid / population; registered and covered are
 *   shown beside it;
 * - deaths and moves: the registry holds neither, so nobody leaves the denominator for them.
 * Residents without local hukou who paid (permits, HMT, foreign) are shown but not in the rate.
 * Rosters: every member of the roster of the region's pack for the year (any residency), employees
 * again shown apart; a person on two rosters counts in both groups and once in the total.
 */
import { sql } from "drizzle-orm";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { rowsOf } from "@/lib/db/driver";
import type { DbOrTx } from "@/lib/db/types";
import { assistedTarget, localHukouTarget, packForCoverageYear, rateBasisPoints, reachesTarget, type AssistanceCode, type Figure, type Pack, type Region } from "@/lib/rules";
import { reportRegions, type ScopeRefusal } from "../scope";
import { personYear } from "./person-year";

export type Target = Figure<number>;

export type RateCounts = {
  population: number;
  registered: number;
  paid: number;
  covered: number;
  /** In 职工医保: not in the population. */
  employees: number;
  /** paid / population in basis points, rounded down; null when nobody is counted. */
  rate: number | null;
  /** Whether the rate reaches the target; null without a target or a population. */
  reached: boolean | null;
};

export type DistrictRate = RateCounts & { district: string; nonLocalPaid: number };
export type GroupRate = RateCounts & { group: AssistanceCode; label: string; target: Target | null };

export type RegionRates = {
  region: Region;
  /** False when no pack covers the region's year: no target, no roster. */
  hasPack: boolean;
  target: Target | null;
  districts: DistrictRate[];
  total: DistrictRate;
  /** The rosters of the region's pack, null without one. */
  assisted: { groups: GroupRate[]; total: RateCounts } | null;
};

export type EnrollmentRateReport = { coverageYear: number; today: string; regions: RegionRates[] };

type Counted = { population: number; registered: number; paid: number; covered: number; employees: number };

const COLLATOR = new Intl.Collator("zh-Hans-CN");

function rated(counts: Counted, target: Target | null): RateCounts {
  return {
    ...counts,
    rate: rateBasisPoints(counts.paid, counts.population),
    reached: target ? reachesTarget(counts.paid, counts.population, target.value) : null,
  };
}

export async function enrollmentRates(
  db: DbOrTx,
  actor: StaffActor,
  query: { coverageYear: number; region: Region | null },
  today: string,
): Promise<{ ok: true; report: EnrollmentRateReport } | ScopeRefusal> {
  const scope = reportRegions(actor, query.region);
  if (!scope.ok) return scope;
  const regions = await Promise.all(scope.regions.map((region) => regionRates(db, region, query.coverageYear, today)));
  return { ok: true, report: { coverageYear: query.coverageYear, today, regions } };
}

async function regionRates(db: DbOrTx, region: Region, coverageYear: number, today: string): Promise<RegionRates> {
  const pack = packForCoverageYear(region, coverageYear, today);
  const target = localHukouTarget(pack);
  const year = personYear(coverageYear, today);
  const yearEnd = `${coverageYear}-12-31`;
  const rows = rowsOf<Counted & { district: string; nonLocalPaid: number }>(
    await db.execute(sql`
      with person_year as (
        select h.district, p.residency = 'local-hukou' as local, ${year.employee} as employee,
               ${year.registered} as registered, ${year.paid} as paid, ${year.covered} as covered
        from registry_person p join registry_household h on h.id = p.household_id
        where h.region = ${region} and p.birth_date <= ${yearEnd}
      )
      select district,
             count(*) filter (where local and not employee)::int as population,
             count(*) filter (where local and not employee and registered)::int as registered,
             count(*) filter (where local and not employee and paid)::int as paid,
             count(*) filter (where local and not employee and covered)::int as covered,
             count(*) filter (where local and employee)::int as employees,
             count(*) filter (where not local and paid)::int as "nonLocalPaid"
      from person_year group by district`),
  ).sort((a, b) => COLLATOR.compare(a.district, b.district));
  const districts = rows.map((row) => ({ ...rated(row, target), district: row.district, nonLocalPaid: row.nonLocalPaid }));
  const sum = (key: keyof Counted | "nonLocalPaid") => rows.reduce((total, row) => total + row[key], 0);
  const totals = { population: sum("population"), registered: sum("registered"), paid: sum("paid"), covered: sum("covered"), employees: sum("employees") };
  return {
    region,
    hasPack: pack !== undefined,
    target,
    districts,
    total: { ...rated(totals, target), district: "", nonLocalPaid: sum("nonLocalPaid") },
    assisted: pack ? await assistedRates(db, pack, year, yearEnd) : null,
  };
}

async function assistedRates(db: DbOrTx, pack: Pack, year: ReturnType<typeof personYear>, yearEnd: string): Promise<RegionRates["assisted"]> {
  const rows = rowsOf<Counted & { group: string | null }>(
    await db.execute(sql`
      with member as (
        select a.group_code, p.id, ${year.employee} as employee, ${year.registered} as registered, ${year.paid} as paid, ${year.covered} as covered
        from registry_assistance a
        join registry_person p on p.id = a.person_id
        join registry_household h on h.id = p.household_id
        where a.pack_id = ${pack.id} and h.region = ${pack.region} and p.birth_date <= ${yearEnd}
      )
      select group_code as "group",
             count(distinct id) filter (where not employee)::int as population,
             count(distinct id) filter (where not employee and registered)::int as registered,
             count(distinct id) filter (where not employee and paid)::int as paid,
             count(distinct id) filter (where not employee and covered)::int as covered,
             count(distinct id) filter (where employee)::int as employees
      from member group by grouping sets ((group_code), ())`),
  );
  const none: Counted = { population: 0, registered: 0, paid: 0, covered: 0, employees: 0 };
  const counted = (group: string | null): Counted => {
    const row = rows.find((r) => r.group === group);
    return row ? { population: row.population, registered: row.registered, paid: row.paid, covered: row.covered, employees: row.employees } : none;
  };
  return {
    groups: pack.assistance.map((group) => {
      const target = assistedTarget(pack, group.code);
      return { ...rated(counted(group.code), target), group: group.code, label: group.label, target };
    }),
    total: rated(counted(null), null),
  };
}
