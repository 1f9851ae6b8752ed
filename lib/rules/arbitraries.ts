import fc from "fast-check";
import { addDays } from "./dates";
import type { EligibilityRequest } from "./schema";
import { ASSISTANCE_CODES, REGIONS, RESIDENCIES, SCHOOLS } from "./vocabulary";

/** Test helpers: fast-check arbitraries for schema-valid requests. */
export function dateBetween(from: string, to: string): fc.Arbitrary<string> {
  const span = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  return fc.integer({ min: 0, max: span }).map((offset) => addDays(from, offset));
}

/** Mostly near the packs' years, sometimes anywhere the schema allows. */
export const plainDate = fc.oneof(
  { weight: 6, arbitrary: dateBetween("2020-06-01", "2028-06-30") },
  { weight: 1, arbitrary: dateBetween("1900-01-01", "2099-12-31") },
);

const birthDate = fc.oneof(
  { weight: 3, arbitrary: dateBetween("1920-01-01", "2027-12-31") },
  { weight: 3, arbitrary: dateBetween("2020-01-01", "2027-12-31") },
  { weight: 1, arbitrary: dateBetween("1900-01-01", "2099-12-31") },
);

const category = fc.constantFrom("infant", "student", "minor", "college", "adult", "resident" as const);

export const requestArbitrary: fc.Arbitrary<EligibilityRequest> = fc.record(
  {
    policy: fc.constantFrom(
      "ningbo-2026",
      "ningbo-2023",
      "fenghua-2022",
      "ningxia-2026",
      "ningbo-2027",
      "ningxia-2027",
      "nowhere-2026",
    ),
    region: fc.constantFrom(...REGIONS),
    asOf: plainDate,
    person: fc.record(
      {
        birthDate,
        residency: fc.constantFrom(...RESIDENCIES),
        parentResidencePermit: fc.boolean(),
        employed: fc.boolean(),
        school: fc.constantFrom(...SCHOOLS),
        otherInsurance: fc.constantFrom("none", "none", "none", "employee", "resident-elsewhere" as const),
        assistance: fc.subarray([...ASSISTANCE_CODES], { maxLength: 4 }),
        history: fc.record(
          {
            insuredLastYear: fc.boolean(),
            lastCategory: fc.option(category, { nil: null }),
            consecutiveYears: fc.integer({ min: 0, max: 200 }),
            gapYears: fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 200 })),
            zeroClaimLastYear: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        newborn: fc.record({ payPreviousYear: fc.boolean() }, { requiredKeys: [] }),
      },
      { requiredKeys: ["birthDate", "residency"] },
    ),
  },
  { requiredKeys: ["person"] },
);
