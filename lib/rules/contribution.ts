import type { Basis } from "./admission";
import type { NewbornContext } from "./newborn";
import type { Pack } from "./packs/types";
import type { Figure } from "./packs/types";
import { reason } from "./reasons";
import type { z } from "zod";
import type { Category, contributionSchema, Person, Period, Reason } from "./schema";

export type Contribution = z.infer<typeof contributionSchema>;
export type ContributionResult = { contribution: Contribution; payablePerYear: number; reasons: Reason[] };

const toYuan = (fen: number) => fen / 100;

/** RULES.md Contribution: category fee, full subsidy (本市户籍六类人员), 宁夏 lowest group fee and late fee. */
export function contribution(
  person: Person,
  pack: Pack,
  category: Category,
  basis: Basis,
  period: Period,
  asOf: string,
  newborn: NewbornContext | null,
): ContributionResult {
  const fee = pack.fees[category] ?? Object.values(pack.fees)[0];
  const individual = fee?.individual.value ?? 0;
  const government = fee?.government.value ?? 0;
  const unpublishedGovernment = fee !== undefined && fee.government.status === "provisional" && fee.government.value === 0;
  // An unpublished subsidy is said so in words; it does not make the amount to pay provisional.
  const used: Figure<unknown>[] = fee ? (unpublishedGovernment ? [fee.individual] : [fee.individual, fee.government]) : [];
  const reasons: Reason[] = [reason(pack, "contribution.category-fee", { amount: toYuan(individual), category })];

  if (basis !== "local-hukou" && basis !== "school" && pack.cite["contribution.permit-same-as-local"]) {
    reasons.push(reason(pack, "contribution.permit-same-as-local"));
  }
  if (unpublishedGovernment) {
    reasons.push(reason(pack, "contribution.government-not-published"));
  }

  const groups = pack.assistance.filter((group) => person.assistance.includes(group.code));
  let payablePerYear = individual;
  let fullySubsidized = false;

  const subsidy = groups.filter((group) => group.fullSubsidy?.value);
  if (subsidy.length > 0) {
    if (pack.fullSubsidyNeedsLocalHukou && person.residency !== "local-hukou") {
      reasons.push(reason(pack, "contribution.full-subsidy-needs-hukou"));
    } else {
      fullySubsidized = true;
      payablePerYear = 0;
      used.push(...subsidy.flatMap((group) => (group.fullSubsidy ? [group.fullSubsidy] : [])));
      reasons.push(reason(pack, "contribution.full-subsidy", { groups: subsidy.map((group) => group.label).join("、") }));
    }
  }

  // 通告一: a person in several groups pays the lowest.
  const groupFees = groups.flatMap((group) => (group.individual ? [group.individual] : []));
  if (!fullySubsidized && groupFees.length > 0) {
    const lowest = groupFees.reduce((low, figure) => (figure.value < low.value ? figure : low));
    if (lowest.value < payablePerYear) {
      payablePerYear = lowest.value;
      used.push(lowest);
      fullySubsidized = lowest.value === 0;
      reasons.push(
        fullySubsidized
          ? reason(pack, "contribution.full-subsidy", { groups: groupLabels(pack, person, lowest.value) })
          : reason(pack, "contribution.group-fee", { amount: toYuan(lowest.value) }),
      );
    }
  }

  // 宁夏 一(三): ordinary residents paying after the centralized period pay the late amount.
  let lateFee = false;
  if (period === "late" && pack.late.kind === "waiting-days" && !fullySubsidized) {
    const due = pack.late.lateFees.find((fee) => asOf >= fee.window.value.start && asOf <= fee.window.value.end);
    if (due) {
      lateFee = true;
      payablePerYear = due.amount.value;
      used.push(due.amount, due.window);
      reasons.push(
        reason(pack, "contribution.late-fee", {
          amount: toYuan(due.amount.value),
          from: due.window.value.start,
          to: due.window.value.end,
        }),
      );
    }
  }

  const years = newborn?.bothYears ? 2 : 1;
  const payable = payablePerYear * years;
  const breakdown = breakdownLines(pack, payablePerYear, years, lateFee);
  if (pack.longTermCare && payable > 0 && !lateFee) {
    used.push(pack.longTermCare);
    reasons.push(reason(pack, "contribution.long-term-care", { amount: toYuan(pack.longTermCare.value) }));
  }
  // The previous year's contribution is the pack's own figure standing in.
  const provisional = pack.projected || years === 2 || used.some((figure) => figure.status === "provisional");
  if (provisional) reasons.push(reason(pack, "contribution.provisional"));

  return {
    contribution: {
      individual,
      government,
      payable,
      fullySubsidized,
      provisional,
      currency: "CNY",
      ...(lateFee ? { lateFee: true } : {}),
      breakdown,
    },
    payablePerYear,
    reasons,
  };
}

function groupLabels(pack: Pack, person: Person, fen: number): string {
  return pack.assistance
    .filter((group) => person.assistance.includes(group.code) && group.individual?.value === fen)
    .map((group) => group.label)
    .join("、");
}

/** Lines that add up to the payable amount. */
function breakdownLines(pack: Pack, perYear: number, years: number, lateFee: boolean): Contribution["breakdown"] {
  if (perYear === 0) return [];
  const lines: Contribution["breakdown"] = [];
  const feeSource = pack.cite["contribution.category-fee"] ?? pack.cite["pack.default"];
  if (years === 2) lines.push({ code: "breakdown.previous-year", amount: perYear, source: feeSource });
  if (lateFee) {
    lines.push({ code: "breakdown.late-payment", amount: perYear, source: pack.cite["contribution.late-fee"] ?? feeSource });
  } else if (pack.longTermCare && perYear >= pack.longTermCare.value) {
    // cixi 二(二): 个人承担30元，从其参加居民医保的个人缴费中划转.
    lines.push({ code: "breakdown.medical", amount: perYear - pack.longTermCare.value, source: feeSource });
    lines.push({ code: "breakdown.long-term-care", amount: pack.longTermCare.value, source: pack.longTermCare.source });
  } else {
    lines.push({ code: "breakdown.individual", amount: perYear, source: feeSource });
  }
  return lines;
}
