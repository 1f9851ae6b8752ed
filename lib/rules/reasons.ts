import type { Pack } from "./packs/types";
import type { Reason } from "./schema";

/**
 * Every reason, ineligibility, deadline and breakdown code, in the order reasons appear in an answer.
 * messages/reasons/<locale>.json has one message per code (nested by the dot segments).
 */
export const reasonCodes = [
  "pack.projected",
  "person.not-born",
  "person.born-after-coverage-year",
  "duplicate.employee-insurance",
  "duplicate.resident-elsewhere",
  "residency.no-permit",
  "residency.not-admitted",
  "residency.permit-age",
  "residency.hmt-employed",
  "residency.foreign-employed",
  "admission.local-hukou",
  "admission.school",
  "admission.residence-permit",
  "admission.parent-permit",
  "admission.hmt",
  "admission.foreign-permanent",
  "admission.resident",
  "admission.parent-employee-insurance",
  "category.infant",
  "category.newborn",
  "category.student",
  "category.minor",
  "category.college",
  "category.adult",
  "category.resident",
  "route.renewal",
  "route.register",
  "route.re-register-category",
  "route.re-register-reconfirm",
  "route.school",
  "period.not-open",
  "period.centralized",
  "period.registration-closed",
  "period.late",
  "period.dynamic",
  "period.closed",
  "contribution.category-fee",
  "contribution.permit-same-as-local",
  "contribution.full-subsidy",
  "contribution.full-subsidy-needs-hukou",
  "contribution.group-fee",
  "contribution.late-fee",
  "contribution.long-term-care",
  "contribution.government-not-published",
  "contribution.provisional",
  "coverage.full-year",
  "coverage.waiting-months",
  "coverage.waiting-exempt",
  "coverage.calendar-month",
  "coverage.continuity",
  "coverage.waiting-days",
  "coverage.dynamic",
  "coverage.no-benefit",
  "coverage.closed",
  "newborn.within-window",
  "newborn.both-years",
  "newborn.current-year-only",
  "newborn.window-passed",
  "newborn.dynamic",
  "incentive.continuity",
  "incentive.zero-claim",
  "incentive.capped",
  "break.waiting-months",
  "break.waiting-days",
  "refund.before-benefits",
  "refund.late-enrolment",
  "refund.employee-insurance",
  "refund.cutoff",
  "familyAid.not-in-pack",
  "familyAid.payer-not-employee",
  "familyAid.payer-outside-province",
  "familyAid.relation-not-close",
  "familyAid.beneficiary-outside-province",
  "familyAid.bind-first",
  "familyAid.account-balance",
  "familyAid.channel-local",
  "familyAid.channel-provincial",
  "familyAid.reimbursement",
  "familyAid.holidays-provisional",
] as const;

export type ReasonCode = (typeof reasonCodes)[number];

/** Codes that are not reasons but are shown with messages: deadlines, breakdown lines, documents. */
export const otherMessageCodes = [
  "deadline.registration",
  "deadline.payment",
  "deadline.newborn",
  "deadline.late-fee-rises",
  "deadline.dynamic",
  "breakdown.individual",
  "breakdown.medical",
  "breakdown.long-term-care",
  "breakdown.previous-year",
  "breakdown.late-payment",
  "document.id-card",
  "document.residence-permit",
  "document.birth-certificate",
  "document.parent-residence-permit",
  "document.household-register",
  "document.hmt-residence-permit",
  "document.relationship-proof",
  "document.foreign-permanent-residence-id",
  "document.school-notice",
] as const;

export type MessageCode = ReasonCode | (typeof otherMessageCodes)[number];

const order = new Map<string, number>(reasonCodes.map((code, index) => [code, index]));

export type Params = Record<string, string | number>;

/** A reason with the clause that the pack cites for it. */
export function reason(pack: Pack, code: ReasonCode, params?: Params): Reason {
  const source = pack.cite[code] ?? pack.cite["pack.default"];
  return params ? { code, source, params } : { code, source };
}

/** Reasons in the stable order of reasonCodes. */
export function inStableOrder(reasons: Reason[]): Reason[] {
  return [...reasons].sort((a, b) => (order.get(a.code) ?? 999) - (order.get(b.code) ?? 999));
}
