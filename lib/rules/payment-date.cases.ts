import type { ParsedRequest } from "./schema";

type History = ParsedRequest["person"]["history"];

const FIRST_TIME: History = { insuredLastYear: false, lastCategory: null, consecutiveYears: 1, gapYears: 0, zeroClaimLastYear: false };
const RENEWING: History = { insuredLastYear: true, lastCategory: "adult", consecutiveYears: 4, gapYears: 0, zeroClaimLastYear: false };

/** An adult with local hukou, as the portal asks the rules (a parsed request). */
export function adultRequest(policy: string, region: ParsedRequest["region"], history: History = RENEWING): ParsedRequest {
  return {
    policy,
    region,
    asOf: "2025-11-20",
    person: {
      birthDate: "1990-05-01",
      residency: "local-hukou",
      parentResidencePermit: false,
      employed: false,
      school: "none",
      otherInsurance: "none",
      assistance: [],
      history,
      newborn: { payPreviousYear: false },
    },
  };
}

export type RulesDateCase = {
  /** "<pack> <clause>: what the source says — the row" */
  name: string;
  request: ParsedRequest;
  paidOn: string;
  /** The day the registration was submitted; null for a renewal (nothing registered). */
  registeredOn: string | null;
  expected: { rulesDate: string; coverStart: string | null };
};

export const rulesDateCases: RulesDateCase[] = [
  {
    name: "ningbo-2026 一(一), 一(二), 一(三): registered 12-20, paid 12-26 (payment period, registration closed) → asked on 2025-12-25, covered from 1 January",
    request: adultRequest("ningbo-2026", "ningbo", FIRST_TIME),
    paidOn: "2025-12-26",
    registeredOn: "2025-12-20",
    expected: { rulesDate: "2025-12-25", coverStart: "2026-01-01" },
  },
  {
    name: "ningbo-2026 一(三): registered and paid inside the registration period → asked on the payment date",
    request: adultRequest("ningbo-2026", "ningbo", FIRST_TIME),
    paidOn: "2025-12-24",
    registeredOn: "2025-12-20",
    expected: { rulesDate: "2025-12-24", coverStart: "2026-01-01" },
  },
  {
    name: "ningbo-2026 一(一), 问答一: registered 12-26, after the registration period → asked on the payment date, 3 months' wait",
    request: adultRequest("ningbo-2026", "ningbo", FIRST_TIME),
    paidOn: "2025-12-26",
    registeredOn: "2025-12-26",
    expected: { rulesDate: "2025-12-26", coverStart: "2026-03-26" },
  },
  {
    name: "ningbo-2026 一(二), 问答一: registered in time, paid 12-27, after the payment period → asked on the payment date, 3 months' wait",
    request: adultRequest("ningbo-2026", "ningbo", FIRST_TIME),
    paidOn: "2025-12-27",
    registeredOn: "2025-12-20",
    expected: { rulesDate: "2025-12-27", coverStart: "2026-03-27" },
  },
  {
    name: "ningbo-2026 一(二): a renewal registers nothing → asked on the payment date (12-26, inside the payment period)",
    request: adultRequest("ningbo-2026", "ningbo"),
    paidOn: "2025-12-26",
    registeredOn: null,
    expected: { rulesDate: "2025-12-26", coverStart: "2026-01-01" },
  },
  {
    name: "ningxia-2026 一(一), 通告一: registration and payment both end 12-31 → asked on the payment date",
    request: adultRequest("ningxia-2026", "ningxia", FIRST_TIME),
    paidOn: "2025-12-31",
    registeredOn: "2025-12-01",
    expected: { rulesDate: "2025-12-31", coverStart: "2026-01-01" },
  },
];

export type DueDateCase = {
  /** "<pack> <clause>: what the source says — the row" */
  name: string;
  request: ParsedRequest;
  issuedOn: string;
  amountFen: number;
  expected: string;
};

export const dueDateCases: DueDateCase[] = [
  {
    name: "ningbo-2026 一(二): a notice issued in the payment period is due on its last day, 2025-12-26",
    request: adultRequest("ningbo-2026", "ningbo"),
    issuedOn: "2025-11-20",
    amountFen: 78_000,
    expected: "2025-12-26",
  },
  {
    name: "ningbo-2026 问答一: after the period (年中参保) the amount stays the same until the end of the coverage year",
    request: adultRequest("ningbo-2026", "ningbo"),
    issuedOn: "2026-03-10",
    amountFen: 78_000,
    expected: "2026-12-31",
  },
  {
    name: "ningxia-2026 通告一: a notice issued in the centralized period is due on 2025-12-31",
    request: adultRequest("ningxia-2026", "ningxia"),
    issuedOn: "2025-11-20",
    amountFen: 40_000,
    expected: "2025-12-31",
  },
  {
    name: "ningxia-2026 一(三): 400 yuan from 1 January to 30 June → a notice issued on 2026-03-10 is due on 2026-06-30",
    request: adultRequest("ningxia-2026", "ningxia"),
    issuedOn: "2026-03-10",
    amountFen: 40_000,
    expected: "2026-06-30",
  },
  {
    name: "ningxia-2026 一(三): 1100 yuan from 1 July to 31 December → a notice issued on 2026-07-01 is due on 2026-12-31",
    request: adultRequest("ningxia-2026", "ningxia"),
    issuedOn: "2026-07-01",
    amountFen: 110_000,
    expected: "2026-12-31",
  },
];
