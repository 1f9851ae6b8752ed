import type { Pack } from "./packs/types";
import { reason } from "./reasons";
import { needsRegistration } from "./route";
import type { Period, Reason, Route } from "./schema";

export type PeriodResult = { period: Period; reasons: Reason[] };

/**
 * Where asOf falls for this person: a registration is due by the registration end, a renewal or
 * a school payment by the payment end; afterwards 年中参保 (late) or, for 宁夏's dynamic groups, dynamic.
 */
export function period(pack: Pack, asOf: string, route: Route | undefined, dynamicMember: boolean): PeriodResult {
  const registration = pack.periods.registration.value;
  const payment = pack.periods.payment.value;
  const coverage = pack.periods.coverage.value;

  if (asOf < registration.start) {
    return { period: "not-open", reasons: [reason(pack, "period.not-open", { opens: registration.start })] };
  }
  if (asOf > coverage.end) {
    return { period: "closed", reasons: [reason(pack, "period.closed", { coverageEnd: coverage.end })] };
  }
  const registering = needsRegistration(route);
  const centralizedEnd = registering ? registration.end : payment.end;
  if (asOf <= centralizedEnd) {
    return {
      period: "centralized",
      reasons: [
        reason(pack, "period.centralized", {
          registrationEnd: registration.end,
          paymentEnd: payment.end,
        }),
      ],
    };
  }
  const reasons: Reason[] = [];
  if (registering && asOf <= payment.end) {
    reasons.push(reason(pack, "period.registration-closed", { registrationEnd: registration.end }));
  }
  const dynamic = pack.dynamicPeriod?.value;
  if (dynamic && dynamicMember && asOf >= dynamic.start && asOf <= dynamic.end) {
    return { period: "dynamic", reasons: [...reasons, reason(pack, "period.dynamic")] };
  }
  return { period: "late", reasons: [...reasons, reason(pack, "period.late", { centralizedEnd })] };
}
