import { lastOfMonth } from "./dates";
import type { Pack } from "./packs/types";
import { reason } from "./reasons";
import type { Period, Reason } from "./schema";

/** RULES.md Refunds and changes: the rule that applies to this person's case. */
export function refund(pack: Pack, period: Period, asOf: string): Reason[] {
  const rule = pack.refund;
  if (rule.kind === "cutoff") {
    return [reason(pack, "refund.cutoff", { stopsFrom: rule.stopsFrom.value, deathUntil: rule.deathRefundUntil.value })];
  }
  // notice 37 四(三): 补办参保缴费手续后又申请退保的人员，应在申报当月办理; 四(二): 待遇享受期第一个月之内.
  const timing =
    period === "late"
      ? reason(pack, "refund.late-enrolment", { lastDay: lastOfMonth(asOf) })
      : reason(pack, "refund.before-benefits", { lastDay: lastOfMonth(pack.periods.coverage.value.start) });
  // 四(一): 年度内参加职工医疗保险的 … 已缴纳的城乡居民医疗保险费不退还.
  return [timing, reason(pack, "refund.employee-insurance")];
}
