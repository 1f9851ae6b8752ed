import { expect } from "vitest";
import type { EligibilityAnswer, EligibilityRequest } from "./schema";

type Person = EligibilityRequest["person"];
type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

export type EvaluateCase = {
  /** "<pack> <clause>: what the source says — the row" */
  name: string;
  request: EligibilityRequest;
  /** Service date; asOf when absent. */
  today?: string;
  expected: DeepPartial<EligibilityAnswer> | { error: "unknown-policy" };
  /** Reason codes the answer must carry. */
  reasons?: string[];
  /** Ineligibility codes, exactly. */
  ineligibility?: string[];
};

const adult = (extra: Partial<Person> = {}): Person => ({ birthDate: "1990-05-01", residency: "local-hukou", ...extra });
const renewing = { insuredLastYear: true, lastCategory: "adult" as const, consecutiveYears: 6 };

function nb26(asOf: string, person: Person): EligibilityRequest {
  return { policy: "ningbo-2026", asOf, person };
}
function nx26(asOf: string, person: Person): EligibilityRequest {
  return { policy: "ningxia-2026", asOf, person };
}

export const packResolutionCases: EvaluateCase[] = [
  {
    name: "API.md policy: the region's pack whose centralized period contains asOf (2025-10-01 → ningbo-2026)",
    request: { asOf: "2025-10-01", person: adult() },
    expected: { policy: { id: "ningbo-2026", coverageYear: 2026 }, period: "centralized", projected: false },
  },
  {
    name: "API.md policy: the centralized period runs to the payment end (2025-12-26 → ningbo-2026)",
    request: { asOf: "2025-12-26", person: adult() },
    expected: { policy: { id: "ningbo-2026" } },
  },
  {
    name: "API.md policy: else the pack of asOf's calendar year (2026-03-10 → ningbo-2026)",
    request: { asOf: "2026-03-10", person: adult() },
    expected: { policy: { id: "ningbo-2026" }, period: "late" },
  },
  {
    name: "RULES.md projected packs: 2026-09-14, the day before next year's registration would open → ningbo-2026",
    request: { asOf: "2026-09-14", person: adult() },
    expected: { policy: { id: "ningbo-2026" }, projected: false },
  },
  {
    name: "RULES.md projected packs: 2026-09-15 → ningbo-2027, projected, periods shifted by one year",
    request: { asOf: "2026-09-15", person: adult({ history: renewing }) },
    expected: {
      policy: { id: "ningbo-2027", region: "ningbo", coverageYear: 2027 },
      projected: true,
      provisional: true,
      period: "centralized",
      periods: {
        registration: { start: "2026-09-15", end: "2026-12-25" },
        payment: { start: "2026-09-15", end: "2026-12-26" },
        coverage: { start: "2027-01-01", end: "2027-12-31" },
      },
      ageOnBaseDate: 36,
      coverage: { start: "2027-01-01", end: "2027-12-31", benefitDays: 365 },
      contribution: { payable: 78000, provisional: true },
    },
    reasons: ["pack.projected", "contribution.provisional"],
  },
  {
    name: "RULES.md projected packs: 2026-09-16 → ningbo-2027",
    request: { asOf: "2026-09-16", person: adult() },
    expected: { policy: { id: "ningbo-2027" }, projected: true },
    reasons: ["pack.projected"],
  },
  {
    name: "RULES.md projected packs: a request naming ningbo-2026 gets that pack, never a projection",
    request: { policy: "ningbo-2026", asOf: "2026-09-15", person: adult() },
    expected: { policy: { id: "ningbo-2026" }, projected: false, period: "late" },
  },
  {
    name: "RULES.md projected packs: ningbo-2027 does not exist before 2026-09-15",
    request: { policy: "ningbo-2027", asOf: "2026-09-14", person: adult() },
    expected: { error: "unknown-policy" },
  },
  {
    name: "RULES.md projected packs: ningxia-2027 opens with ningxia's registration start (2026-10-29)",
    request: { region: "ningxia", asOf: "2026-10-29", person: adult() },
    expected: { policy: { id: "ningxia-2027", coverageYear: 2027 }, projected: true, period: "centralized" },
    reasons: ["pack.projected"],
  },
  {
    name: "RULES.md projected packs: 2026-10-28 is still ningxia-2026",
    request: { region: "ningxia", asOf: "2026-10-28", person: adult() },
    expected: { policy: { id: "ningxia-2026" }, projected: false },
  },
  {
    name: "API.md policy: 2022-10-01 in Ningbo → ningbo-2023 (notice 37 一(一))",
    request: { asOf: "2022-10-01", person: adult() },
    expected: { policy: { id: "ningbo-2023" }, period: "centralized" },
  },
  {
    name: "API.md policy: 2022-03-01 in Ningbo → the 2022 pack (fenghua-2022)",
    request: { asOf: "2022-03-01", person: adult() },
    expected: { policy: { id: "fenghua-2022" } },
  },
  {
    name: "API.md policy: no pack for 2019 → unknown policy (404)",
    request: { asOf: "2019-05-01", person: adult() },
    expected: { error: "unknown-policy" },
  },
  {
    name: "API.md policy: an unknown pack id → unknown policy (404)",
    request: { policy: "shanghai-2026", asOf: "2026-03-01", person: adult() },
    expected: { error: "unknown-policy" },
  },
  {
    name: "API.md asOf: defaults to today",
    request: { policy: "ningbo-2026", person: adult() },
    today: "2025-11-01",
    expected: { asOf: "2025-11-01", period: "centralized" },
  },
];

export const categoryCases: EvaluateCase[] = [
  ...(
    [
      ["2019-12-30", "minor", 6],
      ["2019-12-31", "minor", 6],
      ["2020-01-01", "infant", 5],
      ["2006-12-30", "adult", 19],
      ["2006-12-31", "adult", 19],
      ["2007-01-01", "minor", 18],
      ["2007-12-31", "minor", 18],
      ["2008-01-01", "minor", 17],
      ["2025-12-31", "infant", 0],
    ] as const
  ).map(
    ([birthDate, category, age]): EvaluateCase => ({
      name: `ningbo-2026 二(一)1 and 二(二) 注: born ${birthDate} is ${age} on 2025-12-31 → ${category}`,
      request: nb26("2025-10-01", { birthDate, residency: "local-hukou" }),
      expected: { category, ageOnBaseDate: age },
      reasons: [`category.${category}`],
    }),
  ),
  {
    name: "ningbo-2026 二(一)1(1): a child born after the base date (2026-01-01) is an infant",
    request: nb26("2026-01-10", { birthDate: "2026-01-01", residency: "local-hukou" }),
    expected: { category: "infant", ageOnBaseDate: 0 },
    reasons: ["category.newborn"],
  },
  {
    name: "ningbo-2026 二(一)1(2): school decides first — a 20-year-old at a secondary school is a student",
    request: nb26("2025-10-01", { birthDate: "2005-06-01", residency: "local-hukou", school: "primary-secondary" }),
    expected: { category: "student", route: "school" },
    reasons: ["category.student", "route.school"],
  },
  {
    name: "ningbo-2026 二(一)1(4): a 17-year-old university student is a college student",
    request: nb26("2025-10-01", { birthDate: "2008-06-01", residency: "local-hukou", school: "higher-education" }),
    expected: { category: "college", contribution: { individual: 29000, government: 37000 } },
  },
  {
    name: "ningbo-2026 二(一)1: full-time school enrolment admits any hukou",
    request: nb26("2025-10-01", { birthDate: "2012-06-01", residency: "none", school: "primary-secondary" }),
    expected: { eligible: true, category: "student" },
    reasons: ["admission.school"],
  },
  ...(
    [
      ["2002-12-31", "adult", 75000],
      ["2003-01-01", "minor", 26000],
      ["2015-12-31", "minor", 26000],
      ["2016-01-01", "infant", 60000],
    ] as const
  ).map(
    ([birthDate, category, individual]): EvaluateCase => ({
      name: `fenghua-2022 一 fee table: born ${birthDate} → ${category}, ${individual / 100} yuan`,
      request: { policy: "fenghua-2022", asOf: "2021-10-15", person: { birthDate, residency: "local-hukou" } },
      expected: { category, contribution: { individual, payable: individual, provisional: false } },
    }),
  ),
  {
    name: "ningxia-2026 通告一: one category for everyone",
    request: nx26("2025-11-01", { birthDate: "2010-01-01", residency: "local-hukou", school: "primary-secondary" }),
    expected: { category: "resident", contribution: { individual: 40000, payable: 40000 } },
  },
];

export const admissionCases: EvaluateCase[] = [
  {
    name: "ningbo-2026 二(一)2(1): a residence permit holder enrols, paying as a local resident (二(二))",
    request: nb26("2025-10-01", adult({ residency: "residence-permit" })),
    expected: { eligible: true, contribution: { individual: 78000, government: 209000 }, documents: ["id-card", "residence-permit"] },
    reasons: ["admission.residence-permit", "contribution.permit-same-as-local"],
  },
  {
    name: "ningbo-2026 二(一)2(1): no hukou and no permit → not eligible",
    request: nb26("2025-10-01", adult({ residency: "none" })),
    expected: { eligible: false },
    ineligibility: ["residency.no-permit"],
  },
  {
    name: "ningbo-2026 二(一)2(1): a non-local newborn with a birth certificate and a parent's permit",
    request: nb26("2026-02-01", { birthDate: "2026-01-20", residency: "none", parentResidencePermit: true }),
    expected: { eligible: true, category: "infant", documents: ["birth-certificate", "parent-residence-permit"] },
    reasons: ["admission.parent-permit"],
  },
  {
    name: "ningbo-2026 二(一)2(1): a non-local preschool child (5) through a parent's permit and the household register",
    request: nb26("2025-10-01", { birthDate: "2020-03-01", residency: "none", parentResidencePermit: true }),
    expected: { eligible: true, category: "infant", documents: ["household-register", "parent-residence-permit", "relationship-proof"] },
  },
  {
    name: "ningbo-2026 二(一)2(1): a non-local child of 7 is not preschool — a parent's permit is not enough",
    request: nb26("2025-10-01", { birthDate: "2018-03-01", residency: "none", parentResidencePermit: true }),
    expected: { eligible: false },
    ineligibility: ["residency.no-permit"],
  },
  {
    name: "ningbo-2026 二(一)2(2): an HMT resident living here, not employed, enrols",
    request: nb26("2025-10-01", adult({ residency: "hmt-residence-permit" })),
    expected: { eligible: true, documents: ["hmt-residence-permit"] },
    reasons: ["admission.hmt"],
  },
  {
    name: "ningbo-2026 二(一)2(2): an employed HMT resident may not",
    request: nb26("2025-10-01", adult({ residency: "hmt-residence-permit", employed: true })),
    expected: { eligible: false },
    ineligibility: ["residency.hmt-employed"],
  },
  {
    name: "ningbo-2026 二(一)2(3): a foreigner with permanent residence, not employed, enrols",
    request: nb26("2025-10-01", adult({ residency: "foreign-permanent-residence" })),
    expected: { eligible: true },
    reasons: ["admission.foreign-permanent"],
  },
  {
    name: "ningbo-2026 二(一)2(3): an employed foreigner may not",
    request: nb26("2025-10-01", adult({ residency: "foreign-permanent-residence", employed: true })),
    expected: { eligible: false },
    ineligibility: ["residency.foreign-employed"],
  },
  {
    name: "ningbo-2026 二(一)2(3) 不能重复参保: employee insurance",
    request: nb26("2025-10-01", adult({ otherInsurance: "employee" })),
    expected: { eligible: false, ineligibility: [{ code: "duplicate.employee-insurance", source: "ningbo-2026-enrollment#二(一)2(3)" }] },
  },
  {
    name: "ningbo-2026 二(一)2(3) 不能重复参保: resident insurance elsewhere",
    request: nb26("2025-10-01", adult({ otherInsurance: "resident-elsewhere" })),
    expected: { eligible: false },
    ineligibility: ["duplicate.resident-elsewhere"],
  },
  {
    name: "A birth date after asOf is a rule outcome, not a schema error",
    request: nb26("2026-03-01", { birthDate: "2026-05-01", residency: "local-hukou" }),
    expected: { eligible: false },
    ineligibility: ["person.not-born"],
  },
  {
    name: "ningbo-2023 (cixi 二(一)): HMT permits are not admitted that year",
    request: { policy: "ningbo-2023", asOf: "2022-10-01", person: adult({ residency: "hmt-residence-permit" }) },
    expected: { eligible: false },
    ineligibility: ["residency.not-admitted"],
  },
  {
    name: "fenghua-2022 七2: a residence permit admits children of 6 and under only",
    request: { policy: "fenghua-2022", asOf: "2021-10-15", person: adult({ residency: "residence-permit" }) },
    expected: { eligible: false },
    ineligibility: ["residency.permit-age"],
  },
];

export const contributionCases: EvaluateCase[] = [
  ...(
    [
      ["1990-05-01", "none", "adult", 78000, 209000],
      ["2022-05-01", "none", "infant", 63000, 100000],
      ["2012-05-01", "primary-secondary", "student", 29000, 37000],
      ["2012-05-01", "none", "minor", 29000, 37000],
      ["2005-05-01", "higher-education", "college", 29000, 37000],
    ] as const
  ).map(
    ([birthDate, school, category, individual, government]): EvaluateCase => ({
      name: `ningbo-2026 二(二) (table an image; provisional stand-in): ${category} ${individual / 100}/${government / 100}`,
      request: nb26("2025-10-01", { birthDate, residency: "local-hukou", school }),
      expected: { category, contribution: { individual, government, payable: individual, provisional: true, currency: "CNY" } },
      reasons: ["contribution.provisional"],
    }),
  ),
  {
    name: "ningbo-2023 cixi 二(二): adult 780/2090, 30 yuan of it long-term care",
    request: { policy: "ningbo-2023", asOf: "2022-10-01", person: adult() },
    expected: {
      contribution: {
        individual: 78000,
        government: 209000,
        payable: 78000,
        provisional: false,
        breakdown: [
          { code: "breakdown.medical", amount: 75000 },
          { code: "breakdown.long-term-care", amount: 3000, source: "cixi-2023-funding-plan#二(二)" },
        ],
      },
    },
    reasons: ["contribution.long-term-care"],
  },
  {
    name: "ningbo-2023 cixi 二(二): infant 630/1000, student incl. other minors 290/370",
    request: { policy: "ningbo-2023", asOf: "2022-10-01", person: { birthDate: "2019-05-01", residency: "local-hukou" } },
    expected: { category: "infant", contribution: { individual: 63000, government: 100000 } },
  },
  {
    name: "ningbo-2026 二(二) and 问答三: local hukou 低保 member → full subsidy, pays 0",
    request: nb26("2025-10-01", adult({ assistance: ["minimum-living"] })),
    expected: { contribution: { payable: 0, individual: 78000, fullySubsidized: true, breakdown: [] } },
    reasons: ["contribution.full-subsidy"],
  },
  {
    name: "ningbo-2026 二(二): a permit holder in a subsidised group is not covered by the full subsidy",
    request: nb26("2025-10-01", adult({ residency: "residence-permit", assistance: ["orphan"] })),
    expected: { contribution: { payable: 78000, fullySubsidized: false } },
    reasons: ["contribution.full-subsidy-needs-hukou"],
  },
  {
    name: "ningxia-2026 通告一: ordinary residents 400",
    request: nx26("2025-11-01", adult()),
    expected: { contribution: { individual: 40000, payable: 40000, provisional: false, fullySubsidized: false } },
  },
  ...(
    [
      [["extreme-poverty"], 0],
      [["retired-cadre-widow"], 0],
      [["minimum-living"], 8000],
      [["moderate-disability"], 12000],
      [["lifted-from-poverty"], 22000],
      [["lifted-from-poverty", "moderate-disability", "special-care"], 8000],
      [["moderate-disability", "orphan"], 0],
    ] as const
  ).map(
    ([assistance, payable]): EvaluateCase => ({
      name: `ningxia-2026 通告一: ${assistance.join(" + ")} pays the lowest, ${payable / 100}`,
      request: nx26("2025-11-01", adult({ assistance: [...assistance] })),
      expected: { contribution: { payable, fullySubsidized: payable === 0 } },
    }),
  ),
  {
    name: "ningxia-2026 一(三): 2025-12-31 is still the centralized period, 400 without late fee",
    request: nx26("2025-12-31", adult()),
    expected: { period: "centralized", contribution: { payable: 40000 }, coverage: { start: "2026-01-01" } },
  },
  {
    name: "ningxia-2026 一(三): late payment 2026-01-01 → 400, wait 90 days",
    request: nx26("2026-01-01", adult()),
    expected: { period: "late", contribution: { payable: 40000, lateFee: true }, coverage: { start: "2026-04-01", waitingDays: 90 } },
    reasons: ["contribution.late-fee", "coverage.waiting-days"],
  },
  {
    name: "ningxia-2026 一(三): late payment 2026-06-30 → 400",
    request: nx26("2026-06-30", adult()),
    expected: { contribution: { payable: 40000, lateFee: true }, coverage: { start: "2026-09-28" } },
  },
  {
    name: "ningxia-2026 一(三): late payment 2026-07-01 → 1100",
    request: nx26("2026-07-01", adult()),
    expected: {
      contribution: { payable: 110000, lateFee: true, breakdown: [{ code: "breakdown.late-payment", amount: 110000 }] },
      coverage: { start: "2026-09-29" },
    },
  },
];

export const routeCases: EvaluateCase[] = [
  {
    name: "ningbo-2026 三(一)1: insured last year in the same category → renewal",
    request: nb26("2025-10-01", adult({ history: renewing })),
    expected: { route: "renewal" },
  },
  {
    name: "ningbo-2026 三(一)1: not insured last year → register",
    request: nb26("2025-10-01", adult()),
    expected: { route: "register", documents: ["id-card"] },
  },
  {
    name: "ningbo-2026 三(一)1: infant → minor must re-register",
    request: nb26("2025-10-01", {
      birthDate: "2019-12-31",
      residency: "local-hukou",
      history: { insuredLastYear: true, lastCategory: "infant" },
    }),
    expected: { category: "minor", route: "re-register" },
    reasons: ["route.re-register-category"],
  },
  {
    name: "ningbo-2026 三(一)1: minor → adult (19 on the base date) must re-register",
    request: nb26("2025-10-01", {
      birthDate: "2006-12-31",
      residency: "local-hukou",
      history: { insuredLastYear: true, lastCategory: "minor" },
    }),
    expected: { category: "adult", route: "re-register" },
  },
  {
    name: "ningbo-2026 三(一)1: student → other minor stays in the 中小学生档 → renewal",
    request: nb26("2025-10-01", {
      birthDate: "2009-06-01",
      residency: "local-hukou",
      history: { insuredLastYear: true, lastCategory: "student" },
    }),
    expected: { category: "minor", route: "renewal" },
  },
  {
    name: "ningbo-2026 三(一)1: a college graduate joining as an adult must re-register",
    request: nb26("2025-10-01", { birthDate: "2002-06-01", residency: "local-hukou", history: { insuredLastYear: true, lastCategory: "college" } }),
    expected: { category: "adult", route: "re-register" },
  },
  {
    name: "ningbo-2026 三(一)1: HMT permit holders re-confirm every year",
    request: nb26("2025-10-01", adult({ residency: "hmt-residence-permit", history: renewing })),
    expected: { route: "re-register" },
    reasons: ["route.re-register-reconfirm"],
  },
  {
    name: "ningbo-2026 三(一)1: foreign residents re-confirm every year",
    request: nb26("2025-10-01", adult({ residency: "foreign-permanent-residence", history: renewing })),
    expected: { route: "re-register" },
  },
  {
    name: "ningbo-2026 三(一)1: a preschool child on a parent's permit re-confirms",
    request: nb26("2025-10-01", {
      birthDate: "2022-03-01",
      residency: "none",
      parentResidencePermit: true,
      history: { insuredLastYear: true, lastCategory: "infant" },
    }),
    expected: { route: "re-register" },
  },
  {
    name: "ningbo-2026 三(一)1: a preschool child with a permit of its own renews",
    request: nb26("2025-10-01", {
      birthDate: "2022-03-01",
      residency: "residence-permit",
      history: { insuredLastYear: true, lastCategory: "infant" },
    }),
    expected: { route: "renewal" },
  },
  {
    name: "ningbo-2026 三(一)1: students are excepted from re-confirmation — the school arranges it (三(一)2)",
    request: nb26("2025-10-01", {
      birthDate: "2005-03-01",
      residency: "hmt-residence-permit",
      school: "higher-education",
      history: { insuredLastYear: true, lastCategory: "college" },
    }),
    expected: { route: "school", documents: ["school-notice"] },
  },
  {
    name: "ningbo-2023 一(二)2: 跨年龄段变更参保类别 → re-register",
    request: {
      policy: "ningbo-2023",
      asOf: "2022-10-01",
      person: { birthDate: "2003-12-31", residency: "local-hukou", history: { insuredLastYear: true, lastCategory: "minor" } },
    },
    expected: { category: "adult", route: "re-register" },
  },
];

export const periodCases: EvaluateCase[] = [
  {
    name: "ningbo-2026 一(一): 2025-09-14, the day before registration opens → not-open",
    request: nb26("2025-09-14", adult()),
    expected: { eligible: true, period: "not-open", coverage: { start: "2026-01-01" } },
    reasons: ["period.not-open"],
  },
  {
    name: "ningbo-2026 一(一): 2025-09-15, registration opens → centralized",
    request: nb26("2025-09-15", adult()),
    expected: { period: "centralized" },
  },
  {
    name: "ningbo-2026 一(一): 2025-09-16 → centralized",
    request: nb26("2025-09-16", adult()),
    expected: { period: "centralized" },
  },
  {
    name: "ningbo-2026 一(一): registering on 2025-12-24 → centralized",
    request: nb26("2025-12-24", adult()),
    expected: { period: "centralized", coverage: { start: "2026-01-01", waitingMonths: 0, benefitDays: 365 } },
  },
  {
    name: "ningbo-2026 一(一): registering on 2025-12-25, the last day → centralized",
    request: nb26("2025-12-25", adult()),
    expected: {
      period: "centralized",
      coverage: { start: "2026-01-01" },
      deadlines: [
        { code: "deadline.registration", date: "2025-12-25" },
        { code: "deadline.payment", date: "2025-12-26" },
      ],
    },
  },
  {
    name: "ningbo-2026 一(一): registering on 2025-12-26 is too late → late, waiting 3 months",
    request: nb26("2025-12-26", adult()),
    expected: { period: "late", coverage: { start: "2026-03-26", waitingMonths: 3 } },
    reasons: ["period.registration-closed", "coverage.waiting-months"],
  },
  {
    name: "ningbo-2026 一(二): a renewal paying on 2025-12-25 → centralized",
    request: nb26("2025-12-25", adult({ history: renewing })),
    expected: { period: "centralized" },
  },
  {
    name: "ningbo-2026 一(二): a renewal paying on 2025-12-26, the last payment day → centralized",
    request: nb26("2025-12-26", adult({ history: renewing })),
    expected: { period: "centralized", coverage: { start: "2026-01-01" }, deadlines: [{ code: "deadline.payment", date: "2025-12-26" }] },
  },
  {
    name: "ningbo-2026 一(二): a renewal paying on 2025-12-27 → late, 3 months from the payment date",
    request: nb26("2025-12-27", adult({ history: renewing })),
    expected: { period: "late", coverage: { start: "2026-03-27", waitingMonths: 3 } },
  },
  {
    name: "ningbo-2026 一(三): paying on 2026-12-31 → late, no benefit day",
    request: nb26("2026-12-31", adult()),
    expected: { period: "late", coverage: { start: null, benefitDays: 0 } },
  },
  {
    name: "ningbo-2026: after the coverage year ends → closed",
    request: nb26("2027-01-01", adult()),
    expected: { eligible: true, period: "closed", coverage: { start: null, benefitDays: 0 } },
    reasons: ["period.closed"],
  },
  {
    name: "ningxia-2026 一(一): 2025-10-28 → not-open",
    request: nx26("2025-10-28", adult()),
    expected: { period: "not-open" },
  },
  {
    name: "ningxia-2026 一(一): 2025-10-29 → centralized",
    request: nx26("2025-10-29", adult()),
    expected: { period: "centralized" },
  },
  {
    name: "ningxia-2026 一(一): 2025-10-30 → centralized",
    request: nx26("2025-10-30", adult()),
    expected: { period: "centralized" },
  },
  {
    name: "ningxia-2026 一(一) ends 2025-12-31 → late from 2026-01-01",
    request: nx26("2026-01-02", adult()),
    expected: { period: "late", coverage: { start: "2026-04-02", waitingDays: 90 } },
  },
];

export const coverageCases: EvaluateCase[] = [
  {
    name: "ningbo-2026 一(三): registered and paid in the period → 2026-01-01 to 2026-12-31, no waiting",
    request: nb26("2025-11-01", adult()),
    expected: { coverage: { start: "2026-01-01", end: "2026-12-31", waitingMonths: 0, waitingDays: 0, benefitDays: 365 } },
    reasons: ["coverage.full-year"],
  },
  {
    name: "ningbo-2026 问答一 (API.md example): paid 2026-03-10 → 3 months → 2026-06-10, 205 days",
    request: nb26("2026-03-10", adult({ history: { ...renewing, gapYears: 0 } })),
    expected: {
      route: "renewal",
      period: "late",
      coverage: { start: "2026-06-10", end: "2026-12-31", waitingMonths: 3, waitingDays: 0, benefitDays: 205 },
      incentive: { extraMajorIllnessLimit: 1000000 },
      documents: ["id-card"],
    },
  },
  {
    name: "ningbo-2026 问答一: each gap year adds a month — 2 gap years, paid 2026-03-10 → 2026-08-10",
    request: nb26("2026-03-10", adult({ history: { gapYears: 2 } })),
    expected: { coverage: { start: "2026-08-10", waitingMonths: 5 } },
  },
  {
    name: "ningbo-2026 问答一: month-end clamping — paid 2026-08-31 + 3 months → 2026-11-30",
    request: nb26("2026-08-31", adult()),
    expected: { coverage: { start: "2026-11-30", benefitDays: 32 } },
  },
  {
    name: "ningbo-2026 问答一: paid 2026-09-30 → 2026-12-30, 2 days",
    request: nb26("2026-09-30", adult()),
    expected: { coverage: { start: "2026-12-30", benefitDays: 2 } },
  },
  {
    name: "ningbo-2026 问答一: paid 2026-10-01 → 2027-01-01 → no benefit day, start null",
    request: nb26("2026-10-01", adult()),
    expected: { coverage: { start: null, benefitDays: 0, waitingMonths: 3 } },
    reasons: ["coverage.no-benefit"],
  },
  {
    name: "ningbo-2026 问答一: paid 2026-11-30 + 3 months → 2027-02-28 → no cover, start null",
    request: nb26("2026-11-30", adult()),
    expected: { coverage: { start: null, end: "2026-12-31", benefitDays: 0 } },
    reasons: ["coverage.no-benefit"],
  },
  {
    name: "ningbo-2026 问答一: 2 gap years, paid 2026-08-01 → 5 months → 2027-01-01 → no cover",
    request: nb26("2026-08-01", adult({ history: { gapYears: 2 } })),
    expected: { coverage: { start: null, waitingMonths: 5 } },
  },
  {
    name: "ningbo-2026 问答一: medical-assistance recipients have no waiting period — covered from payment",
    request: nb26("2026-04-15", adult({ assistance: ["extreme-poverty"] })),
    expected: { coverage: { start: "2026-04-15", waitingMonths: 0 }, contribution: { payable: 0 } },
    reasons: ["coverage.waiting-exempt"],
  },
  {
    name: "ningbo-2023 三(三): paid in March → from 1 May",
    request: { policy: "ningbo-2023", asOf: "2023-03-10", person: adult() },
    expected: { period: "late", coverage: { start: "2023-05-01", waitingMonths: 0, benefitDays: 245 } },
    reasons: ["coverage.calendar-month"],
  },
  {
    name: "ningbo-2023 三(一)1: resident insurance broken no more than 3 months → from the next month",
    request: { policy: "ningbo-2023", asOf: "2023-03-31", person: adult({ history: { insuredLastYear: true, lastCategory: "adult" } }) },
    expected: { coverage: { start: "2023-04-01" } },
    reasons: ["coverage.continuity"],
  },
  {
    name: "ningbo-2023 三(一)1: broken more than 3 months (paid 2023-04-01) → 三(三), from 1 June",
    request: { policy: "ningbo-2023", asOf: "2023-04-01", person: adult({ history: { insuredLastYear: true, lastCategory: "adult" } }) },
    expected: { coverage: { start: "2023-06-01" } },
  },
  {
    name: "ningbo-2023 三(三): paid in November → January → no cover this year",
    request: { policy: "ningbo-2023", asOf: "2023-11-15", person: adult() },
    expected: { coverage: { start: null, benefitDays: 0 } },
  },
  {
    name: "ningxia-2026 一(三): paid 2026-10-02 + 90 days → 2026-12-31, one day",
    request: nx26("2026-10-02", adult()),
    expected: { coverage: { start: "2026-12-31", benefitDays: 1 } },
  },
  {
    name: "ningxia-2026 一(三): paid 2026-10-03 + 90 days → 2027-01-01 → no cover",
    request: nx26("2026-10-03", adult()),
    expected: { coverage: { start: null, benefitDays: 0, waitingDays: 90 } },
  },
  {
    name: "ningxia-2026 一(二): 低保 after the period → dynamic, from the payment date, no late fee",
    request: nx26("2026-05-01", adult({ assistance: ["minimum-living"] })),
    expected: { period: "dynamic", contribution: { payable: 8000 }, coverage: { start: "2026-05-01", waitingDays: 0 } },
    reasons: ["period.dynamic", "coverage.dynamic"],
  },
  {
    name: "ningxia-2026 一(二): a 2026 veteran → dynamic, pays 400 without late fee",
    request: nx26("2026-08-01", adult({ assistance: ["veteran"] })),
    expected: { period: "dynamic", contribution: { payable: 40000 }, coverage: { start: "2026-08-01" } },
  },
];

export const newbornCases: EvaluateCase[] = [
  {
    name: "ningbo-2026 问答四 举例: born 2025-11-15, pays both years on 2026-02-12 → cover from birth",
    request: nb26("2026-02-12", { birthDate: "2025-11-15", residency: "local-hukou", newborn: { payPreviousYear: true } }),
    expected: {
      coverage: { start: "2025-11-15", end: "2026-12-31", waitingMonths: 0 },
      contribution: { payable: 126000 },
      newborn: { deadline: "2026-02-13" },
    },
    reasons: ["newborn.both-years"],
  },
  {
    name: "ningbo-2026 问答四 举例: born 2025-11-15, pays both years on 2026-02-13, the last day → cover from birth",
    request: nb26("2026-02-13", { birthDate: "2025-11-15", residency: "local-hukou", newborn: { payPreviousYear: true } }),
    expected: {
      coverage: { start: "2025-11-15", benefitDays: 412 },
      contribution: {
        payable: 126000,
        breakdown: [
          { code: "breakdown.previous-year", amount: 63000 },
          { code: "breakdown.individual", amount: 63000 },
        ],
      },
      newborn: {
        deadline: "2026-02-13",
        options: [
          { years: [2025, 2026], payable: 126000, coverageStart: "2025-11-15", chosen: true },
          { years: [2026], payable: 63000, coverageStart: "2026-01-01", chosen: false },
        ],
      },
      deadlines: [{ code: "deadline.newborn", date: "2026-02-13" }],
    },
  },
  {
    name: "ningbo-2026 问答四 举例: born 2025-11-15, paying on 2026-02-14 is past the 90 days → mid-year rule, no gap years",
    request: nb26("2026-02-14", {
      birthDate: "2025-11-15",
      residency: "local-hukou",
      newborn: { payPreviousYear: true },
      history: { gapYears: 1 },
    }),
    expected: { period: "late", coverage: { start: "2026-05-14", waitingMonths: 3 }, contribution: { payable: 63000 } },
    reasons: ["newborn.window-passed", "coverage.waiting-months"],
  },
  {
    name: "ningbo-2026 问答四 举例: born 2025-11-15, only 2026 paid on 2026-02-13 → cover from 2026-01-01",
    request: nb26("2026-02-13", { birthDate: "2025-11-15", residency: "local-hukou" }),
    expected: { coverage: { start: "2026-01-01", benefitDays: 365 }, contribution: { payable: 63000 } },
    reasons: ["newborn.current-year-only"],
  },
  {
    name: "ningbo-2026 问答四: born 2025-11-15, both years paid during the centralized period → from birth",
    request: nb26("2025-12-01", { birthDate: "2025-11-15", residency: "local-hukou", newborn: { payPreviousYear: true } }),
    expected: { period: "centralized", coverage: { start: "2025-11-15" }, contribution: { payable: 126000 } },
  },
  {
    name: "ningbo-2026 问答四: born 2026-03-01, paid 2026-05-30 (day 90) → from birth",
    request: nb26("2026-05-30", { birthDate: "2026-03-01", residency: "local-hukou" }),
    expected: { coverage: { start: "2026-03-01", waitingMonths: 0, benefitDays: 306 }, newborn: { deadline: "2026-05-30" } },
    reasons: ["newborn.within-window"],
  },
  {
    name: "ningbo-2026 问答四: born 2026-03-01, paid 2026-05-31 → mid-year rule, 3 months",
    request: nb26("2026-05-31", { birthDate: "2026-03-01", residency: "local-hukou" }),
    expected: { coverage: { start: "2026-08-31", waitingMonths: 3 } },
    reasons: ["newborn.window-passed"],
  },
  {
    name: "ningbo-2026 问答四: a subsidised newborn pays nothing for either year",
    request: nb26("2026-01-20", {
      birthDate: "2025-12-20",
      residency: "local-hukou",
      assistance: ["orphan"],
      newborn: { payPreviousYear: true },
    }),
    expected: { contribution: { payable: 0, fullySubsidized: true }, coverage: { start: "2025-12-20" } },
  },
  {
    name: "ningbo-2023 三(二): born 2023-03-15, paid by 2023-06-30 (3 months from the month after birth) → from birth",
    request: { policy: "ningbo-2023", asOf: "2023-06-30", person: { birthDate: "2023-03-15", residency: "local-hukou" } },
    expected: { coverage: { start: "2023-03-15" }, newborn: { deadline: "2023-06-30" } },
  },
  {
    name: "ningbo-2023 三(二)/(三): born 2023-03-15, paid 2023-07-01 → third calendar month, 2023-09-01",
    request: { policy: "ningbo-2023", asOf: "2023-07-01", person: { birthDate: "2023-03-15", residency: "local-hukou" } },
    expected: { coverage: { start: "2023-09-01" } },
  },
  {
    name: "ningbo-2023 三(二): born 2022-11-10, both years paid by 2023-02-28 → from birth, both years at the full rate",
    request: {
      policy: "ningbo-2023",
      asOf: "2023-02-28",
      person: { birthDate: "2022-11-10", residency: "local-hukou", newborn: { payPreviousYear: true } },
    },
    expected: { coverage: { start: "2022-11-10" }, contribution: { payable: 126000 } },
  },
  {
    name: "ningxia-2026 一(二): a newborn within 183 days → dynamic, from the payment date, no late fee",
    request: nx26("2026-03-01", { birthDate: "2026-02-01", residency: "local-hukou" }),
    expected: { period: "dynamic", coverage: { start: "2026-03-01" }, contribution: { payable: 40000 }, newborn: { deadline: "2026-08-03" } },
    reasons: ["newborn.dynamic", "coverage.dynamic"],
  },
  {
    name: "ningxia-2026 一(二): born 2026-02-01, day 183 (2026-08-03) → still dynamic",
    request: nx26("2026-08-03", { birthDate: "2026-02-01", residency: "local-hukou" }),
    expected: { period: "dynamic", coverage: { start: "2026-08-03" }, contribution: { payable: 40000 } },
  },
  {
    name: "ningxia-2026 一(二)/(三): born 2026-02-01, day 184 (2026-08-04) → late fee 1100 and 90 days",
    request: nx26("2026-08-04", { birthDate: "2026-02-01", residency: "local-hukou" }),
    expected: { period: "late", coverage: { start: "2026-11-02", waitingDays: 90 }, contribution: { payable: 110000 } },
  },
];

export const incentiveCases: EvaluateCase[] = [
  ...(
    [
      [4, false, 0],
      [5, false, 500000],
      [6, false, 1000000],
      [6, true, 1500000],
    ] as const
  ).map(
    ([consecutiveYears, zeroClaimLastYear, extra]): EvaluateCase => ({
      name: `ningbo-2026 问答一: ${consecutiveYears} continuous years${zeroClaimLastYear ? " and a zero-claim year" : ""} → +${extra / 100} yuan`,
      request: nb26("2025-10-01", adult({ history: { insuredLastYear: true, lastCategory: "adult", consecutiveYears, zeroClaimLastYear } })),
      expected: { incentive: { extraMajorIllnessLimit: extra } },
    }),
  ),
  {
    name: "ningbo-2026 问答一: the two incentives together are capped at 20% of the 大病保险 cap",
    request: nb26("2025-10-01", adult({ history: { insuredLastYear: true, lastCategory: "adult", consecutiveYears: 40, zeroClaimLastYear: true } })),
    expected: { incentive: { extraMajorIllnessLimit: 10000000, provisional: true } },
    reasons: ["incentive.capped"],
  },
  {
    name: "ningbo-2026 问答一: any break starts the count again",
    request: nb26("2025-10-01", adult({ history: { insuredLastYear: false, consecutiveYears: 9, gapYears: 1 } })),
    expected: { incentive: { extraMajorIllnessLimit: 0 } },
  },
  {
    name: "ningbo-2026 问答一: what a break costs — 3 months plus 1 per gap year, and the continuity bonus",
    request: nb26("2025-10-01", adult({ history: renewing })),
    expected: { breakCost: { waitingMonths: 3, extraMonthsPerGapYear: 1, incentiveLost: 1000000 } },
    reasons: ["break.waiting-months"],
  },
  {
    name: "ningxia-2026 一(三): what a break costs — the late fee and 90 days",
    request: nx26("2025-11-01", adult()),
    expected: { breakCost: { waitingDays: 90, waitingMonths: 0 } },
    reasons: ["break.waiting-days"],
  },
];

export const refundCases: EvaluateCase[] = [
  {
    name: "ningbo notice 37 四(二): enrolled in the period — refund only within the first month of benefits",
    request: nb26("2025-11-01", adult()),
    expected: { reasons: expectReason("refund.before-benefits", { lastDay: "2026-01-31" }) },
    reasons: ["refund.employee-insurance"],
  },
  {
    name: "ningbo notice 37 四(三): enrolled mid-year — refund only in the month of application",
    request: nb26("2026-03-10", adult()),
    expected: { reasons: expectReason("refund.late-enrolment", { lastDay: "2026-03-31" }) },
  },
  {
    name: "ningxia-2026 三(二): refunds stop from 2026-01-01; after a death before then, until 2026-06-30",
    request: nx26("2025-11-01", adult()),
    expected: { reasons: expectReason("refund.cutoff", { stopsFrom: "2026-01-01", deathUntil: "2026-06-30" }) },
  },
];

/** toMatchObject on an array matches it whole; this matches one element among others. */
function expectReason(code: string, params: Record<string, string | number>): never {
  return expect.arrayContaining([expect.objectContaining({ code, params })]) as never;
}

export const allCases: Record<string, EvaluateCase[]> = {
  "pack resolution": packResolutionCases,
  categories: categoryCases,
  "who may enrol": admissionCases,
  contribution: contributionCases,
  route: routeCases,
  periods: periodCases,
  "coverage and waiting": coverageCases,
  newborns: newbornCases,
  "continuity incentive": incentiveCases,
  "refunds and changes": refundCases,
};
