/**
 * fast-check arbitraries for eligibility requests: valid ones (varied across packs, periods,
 * ages and histories) and the many ways a client can get one wrong. Test and benchmark code only.
 */
import fc from "fast-check";
import type { EligibilityRequest } from "@/lib/rules";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar date YYYY-MM-DD between the given years. */
export const plainDate = (fromYear: number, toYear: number) =>
  fc
    .record({ year: fc.integer({ min: fromYear, max: toYear }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map(({ year, month, day }) => `${year}-${pad(month)}-${pad(Math.min(day, daysInMonth(year, month)))}`);

/** Dates a resident is likely to register on: around the packs' registration and coverage years. */
const serviceDate = fc.oneof(
  plainDate(2021, 2027),
  fc.constantFrom("2025-09-15", "2025-12-25", "2025-12-26", "2025-12-27", "2026-01-01", "2026-06-30", "2026-07-01", "2026-12-31"),
);

/** Birth dates from the very old to newborns of the coverage year. */
const birthDate = fc.oneof(plainDate(1925, 2026), plainDate(2019, 2026), fc.constantFrom("2025-11-15", "2007-12-31", "2008-01-01", "2019-12-31", "2020-01-01"));

const ningboAssistance = ["special-care", "severe-disability", "minimum-living", "near-minimum-living", "extreme-poverty", "orphan"] as const;
const ningxiaAssistance = [
  "extreme-poverty", "orphan", "severe-disability", "retired-cadre-widow", "special-care", "low-income-elderly", "minimum-living",
  "monitored-poverty-risk", "moderate-disability", "lifted-from-poverty", "veteran", "released-prisoner", "employee-continuity", "new-college-entrant",
] as const;

const category = fc.constantFrom("infant", "student", "minor", "college", "adult", "resident");

const history = fc.record(
  {
    insuredLastYear: fc.boolean(),
    lastCategory: fc.option(category, { nil: null }),
    consecutiveYears: fc.integer({ min: 0, max: 30 }),
    gapYears: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 12 })),
    zeroClaimLastYear: fc.boolean(),
  },
  { requiredKeys: [] },
);

const person = fc.record(
  {
    birthDate,
    residency: fc.constantFrom("local-hukou", "local-hukou", "residence-permit", "hmt-residence-permit", "foreign-permanent-residence", "none"),
    parentResidencePermit: fc.boolean(),
    employed: fc.boolean(),
    school: fc.constantFrom("none", "none", "primary-secondary", "higher-education"),
    otherInsurance: fc.constantFrom("none", "none", "none", "employee", "resident-elsewhere"),
    assistance: fc.oneof(
      fc.constant([]),
      fc.subarray([...ningboAssistance], { maxLength: 2 }),
      fc.subarray([...ningxiaAssistance], { maxLength: 3 }),
    ),
    history,
    newborn: fc.record({ payPreviousYear: fc.boolean() }),
  },
  { requiredKeys: ["birthDate", "residency"] },
);

/** Schema-valid requests: a named pack, or a region (and asOf) to choose one. */
export const validRequest: fc.Arbitrary<EligibilityRequest> = fc.oneof(
  fc.record(
    { policy: fc.constantFrom("ningbo-2026", "ningbo-2023", "fenghua-2022", "ningxia-2026"), asOf: serviceDate, person },
    { requiredKeys: ["policy", "person"] },
  ),
  fc.record({ region: fc.constantFrom("ningbo", "ningxia"), asOf: serviceDate, person }, { requiredKeys: ["asOf", "person"] }),
) as fc.Arbitrary<EligibilityRequest>;

const weirdDate = fc.constantFrom(
  "2026-02-30", "2026-02-29", "2023-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01", "9999-12-31",
  "1899-12-31", "2100-01-01", "2026-2-3", "20260310", "2026-03-10T00:00:00Z", "2026-03-10 ", "", "２０２６-０３-１０", "2026/03/10",
);

const hugeNumber = fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, 0.5, -1, 1e21, 2 ** 31, 201);

const weirdString = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("宁波-2026", "ningbo-2026\u0000", "\ud800", "🏥", "ningbo-2026 ", "NINGBO-2026", "../../etc/passwd", "__proto__", "a".repeat(5000)),
);

/** Anything JSON can hold, nested a little. */
const garbage = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  weirdString,
  hugeNumber,
  weirdDate,
  fc.constant(null),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')),
);

type Json = unknown;
type Path = (string | number)[];

function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [prefix];
  const entries = Array.isArray(value) ? value.map((inner, i) => [i, inner] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, inner]) => pathsOf(inner, [...prefix, key]))];
}

function edit(value: Json, path: Path, change: (old: Json) => Json | typeof REMOVE): Json {
  if (path.length === 0) {
    const next = change(value);
    return next === REMOVE ? undefined : next;
  }
  const [head, ...rest] = path;
  if (value === null || typeof value !== "object" || head === undefined) return value;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<string | number, Json>;
  const inner = edit(copy[head], rest, change);
  if (inner === undefined && rest.length === 0) delete copy[head];
  else copy[head] = inner;
  return copy;
}
const REMOVE = Symbol("remove");

const mutation = fc.oneof(
  garbage.map((replacement) => () => replacement),
  fc.constant(() => REMOVE),
  weirdDate.map((date) => () => date),
  hugeNumber.map((n) => () => n),
  fc.tuple(weirdString, garbage).map(([key, inner]) => (old: Json) =>
    old !== null && typeof old === "object" && !Array.isArray(old) ? { ...old, [key]: inner } : [old, inner],
  ),
);

/** A valid request with one to four things broken at random places. */
export const mutatedRequest: fc.Arbitrary<Json> = fc
  .tuple(validRequest, fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }))
  .map(([request, edits]) =>
    edits.reduce<Json>((json, [pick, change]) => {
      const paths = pathsOf(json);
      return edit(json, paths[pick % paths.length] ?? [], change);
    }, request),
  );

/** Any request-like JSON value: valid, broken, or nonsense. */
export const requestJson: fc.Arbitrary<Json> = fc.oneof(
  { weight: 3, arbitrary: validRequest },
  { weight: 5, arbitrary: mutatedRequest },
  { weight: 2, arbitrary: garbage },
);
