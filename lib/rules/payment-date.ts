import { addDays } from "./dates";
import { evaluate } from "./evaluate";
import type { EligibilityAnswer, ParsedRequest } from "./schema";

/** The answer for a request if paid on `date`: the payment date decides coverage. */
export function answerOn(request: ParsedRequest, date: string): EligibilityAnswer | null {
  const result = evaluate({ ...request, asOf: date }, { today: date });
  return result.ok ? result.answer : null;
}

/** What a payment on `date` buys: null when the rules no longer take a payment that day. */
export function payableOn(request: ParsedRequest, date: string): number | null {
  const answer = answerOn(request, date);
  if (!answer?.eligible || answer.period === "closed" || answer.period === "not-open") return null;
  return answer.contribution?.payable ?? null;
}

/**
 * The date to ask the rules on for a payment on `paidOn` by someone who registered on
 * `registeredOn`. RULES.md "Periods": registered and paid inside the period → coverage from
 * 1 January. The engine reads one date (asOf) for both registering and paying, and a
 * registration's centralized period ends with the registration period, which may end before the
 * payment period (ningbo 一(一) 12-25, 一(二) 12-26); so a registration made in time and paid in
 * time is asked on the registration period's last day. Everything else is asked on the payment date.
 */
export function rulesDate(request: ParsedRequest, paidOn: string, registeredOn: string | null): string {
  if (!registeredOn) return paidOn;
  const periods = answerOn(request, paidOn)?.periods;
  if (!periods) return paidOn;
  const { registration, payment } = periods;
  return registeredOn <= registration.end && paidOn > registration.end && paidOn <= payment.end ? registration.end : paidOn;
}

export type Cover = { start: string | null; end: string; benefitDays: number };

/** Coverage fixed by a payment on `paidOn`: start (null if it buys no benefit day this year), end and benefit days. */
export function coverOn(request: ParsedRequest, paidOn: string, registeredOn: string | null = null): Cover | null {
  const coverage = answerOn(request, rulesDate(request, paidOn, registeredOn))?.coverage;
  return coverage ? { start: coverage.start, end: coverage.end, benefitDays: coverage.benefitDays } : null;
}

/**
 * The due date of a payment notice issued on `issuedOn` for `amountFen`: inside the payment
 * period, its last day (RULES.md, periods); after it, the late rules: the last day on which the
 * rules still ask the same amount (宁夏 一(三): the late amount rises on 7-01), at most the end of
 * the coverage year.
 */
export function dueDateFor(request: ParsedRequest, issuedOn: string, amountFen: number): string {
  const answer = answerOn(request, issuedOn);
  if (!answer) return issuedOn;
  const paymentEnd = answer.periods.payment.end;
  if (issuedOn <= paymentEnd) return paymentEnd;
  const coverageEnd = answer.periods.coverage.end;
  let due = issuedOn;
  for (let day = addDays(issuedOn, 1); day <= coverageEnd; day = addDays(day, 1)) {
    if (payableOn(request, day) !== amountFen) break;
    due = day;
  }
  return due;
}
