import type { Pack } from "./packs/types";
import { reason } from "./reasons";
import type { EligibilityAnswer, Person, Reason } from "./schema";

type Incentive = NonNullable<EligibilityAnswer["incentive"]>;
type BreakCost = NonNullable<EligibilityAnswer["breakCost"]>;

const toYuan = (fen: number) => fen / 100;

/**
 * ningbo-2026 问答一: after 4 continuous years, each further continuous year +5000 yuan of 大病保险 limit;
 * a zero-reimbursement year +5000 yuan next year; together at most 20% of the 大病保险 cap.
 */
export function incentive(person: Person, pack: Pack): { incentive?: Incentive; continuityFen: number; reasons: Reason[] } {
  const rule = pack.incentive;
  if (!rule) return { continuityFen: 0, reasons: [] };
  const history = person.history;
  // consecutiveYears counts the year applied for; without last year's insurance the count restarts at 1.
  const years = history.insuredLastYear ? history.consecutiveYears : Math.min(history.consecutiveYears, 1);
  const furtherYears = Math.max(0, years - rule.afterYears.value);
  const continuityFen = furtherYears * rule.perYear.value;
  const zeroClaimFen = history.insuredLastYear && history.zeroClaimLastYear ? rule.zeroClaim.value : 0;
  const total = Math.min(rule.cap.value, continuityFen + zeroClaimFen);

  const reasons: Reason[] = [];
  if (furtherYears > 0) {
    reasons.push(reason(pack, "incentive.continuity", { years, furtherYears, amount: toYuan(continuityFen) }));
  }
  if (zeroClaimFen > 0) reasons.push(reason(pack, "incentive.zero-claim", { amount: toYuan(zeroClaimFen) }));
  if (continuityFen + zeroClaimFen > rule.cap.value) {
    reasons.push(reason(pack, "incentive.capped", { cap: toYuan(rule.cap.value) }));
  }
  // The cap is a stand-in: the figure is provisional once it binds.
  const provisional = pack.projected || (total === rule.cap.value && rule.cap.status === "provisional");
  return {
    incentive: { extraMajorIllnessLimit: total, capFen: rule.cap.value, provisional },
    continuityFen: Math.min(continuityFen, rule.cap.value),
    reasons,
  };
}

/** What missing next year's centralized period would cost (问答一; 宁夏 一(三)). */
export function breakCost(pack: Pack, continuityFen: number): { breakCost?: BreakCost; reasons: Reason[] } {
  const late = pack.late;
  switch (late.kind) {
    case "waiting-months":
      return {
        breakCost: {
          waitingMonths: late.fixedMonths.value,
          extraMonthsPerGapYear: late.monthsPerGapYear.value,
          waitingDays: 0,
          incentiveLost: continuityFen,
        },
        reasons: [
          reason(pack, "break.waiting-months", {
            months: late.fixedMonths.value,
            perYear: late.monthsPerGapYear.value,
            amount: toYuan(continuityFen),
          }),
        ],
      };
    case "waiting-days":
      return {
        breakCost: { waitingMonths: 0, extraMonthsPerGapYear: 0, waitingDays: late.days.value, incentiveLost: continuityFen },
        reasons: [reason(pack, "break.waiting-days", { days: late.days.value })],
      };
    case "calendar-month":
      return { reasons: [] };
  }
}
