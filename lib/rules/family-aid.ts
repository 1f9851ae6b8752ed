import { addDays, dayOfWeek } from "./dates";
import { publishedPacks } from "./packs/catalog";
import type { FamilyAidRule, Pack, Province, Relation, SourceRef } from "./packs/types";
import type { Reason } from "./schema";

/** Where someone is insured: the province and the city in it (pinyin, lower case: "ningbo", "hangzhou"). */
export type InsuredPlace = { province: Province; city: string };

export type FamilyAidQuestion = {
  /** Where the payer (授权人) is in employee insurance (职工医保), or null when they are not. */
  payerEmployeeInsurance: InsuredPlace | null;
  relation: Relation | "other";
  /** Where the relative is resident-insured (or will be) for the pack's coverage year. */
  beneficiaryResidentInsurance: InsuredPlace;
};

export type FamilyAidChannel = "ningbo-tax" | "zhejiang-tax" | "ningxia-reimbursement";

export type FamilyAidAnswer =
  | { allowed: true; mode: FamilyAidRule["kind"]; channel: FamilyAidChannel; reasons: Reason[] }
  | { allowed: false; refusals: Reason[] };

const cite = (code: string, source: SourceRef, params?: Record<string, string | number>): Reason =>
  params ? { code, source, params } : { code, source };

/**
 * 家庭共济: may this payer pay this relative's resident contribution from their employee account,
 * and through which channel. Pure; the relation and places come from the registry in the portal.
 */
export function familyAid(pack: Pack, question: FamilyAidQuestion): FamilyAidAnswer {
  const rule = pack.familyAid;
  if (!rule) return { allowed: false, refusals: [cite("familyAid.not-in-pack", pack.cite["pack.default"])] };

  const refusals: Reason[] = [];
  const payer = question.payerEmployeeInsurance;
  if (!payer) refusals.push(cite("familyAid.payer-not-employee", rule.payerProvince.source));
  else if (payer.province !== rule.payerProvince.value) refusals.push(cite("familyAid.payer-outside-province", rule.payerProvince.source));
  if (question.relation === "other" || !rule.relations.value.includes(question.relation)) {
    refusals.push(cite("familyAid.relation-not-close", rule.relations.source));
  }
  if (rule.kind === "account-debit" && question.beneficiaryResidentInsurance.province !== rule.beneficiaryProvince.value) {
    refusals.push(cite("familyAid.beneficiary-outside-province", rule.beneficiaryProvince.source));
  }
  if (refusals.length > 0) return { allowed: false, refusals };

  if (rule.kind === "reimbursement") {
    return {
      allowed: true,
      mode: rule.kind,
      channel: "ningxia-reimbursement",
      reasons: [
        cite("familyAid.bind-first", rule.bindingSource),
        cite("familyAid.reimbursement", rule.claimAfterWorkingDays.source, { days: rule.claimAfterWorkingDays.value }),
      ],
    };
  }
  const local = question.beneficiaryResidentInsurance.city === rule.localCity.value;
  return {
    allowed: true,
    mode: rule.kind,
    channel: local ? "ningbo-tax" : "zhejiang-tax",
    reasons: [
      cite("familyAid.bind-first", rule.bindingSource),
      cite("familyAid.account-balance", rule.relations.source),
      cite(local ? "familyAid.channel-local" : "familyAid.channel-provincial", rule.localCity.source),
    ],
  };
}

/**
 * The refusal of a payer who is not in employee insurance, cited to the pack's rule; where no pack
 * decides for them (none is open in their region), to the first published pack that has such a rule.
 */
export function payerNotEmployee(pack: Pack | null): Reason {
  const rule = pack?.familyAid ?? publishedPacks.find((p) => p.familyAid)?.familyAid;
  return cite("familyAid.payer-not-employee", rule?.payerProvince.source ?? (pack ?? publishedPacks[0]!).cite["pack.default"]);
}

const isWeekend = (date: string) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;

/** A working day: not a weekend unless it is a 调休 working day, and not an official holiday. */
export function isWorkingDay(date: string, rule: Extract<FamilyAidRule, { kind: "reimbursement" }>): boolean {
  if (rule.holidays.value.includes(date)) return false;
  return !isWeekend(date) || rule.workingWeekendDays.value.includes(date);
}

export type ClaimOpening =
  | { ok: true; opensOn: string; provisional: boolean; reasons: Reason[] }
  | { ok: false; refusals: Reason[] };

/**
 * ningxia-2026 二(三): 代缴返还 may be claimed 3 working days after the relative's payment, so
 * the first day is the third working day after the payment date (paid on a Monday → Thursday).
 */
export function reimbursementOpensOn(pack: Pack, paymentDate: string): ClaimOpening {
  const rule = pack.familyAid;
  if (rule?.kind !== "reimbursement") {
    return { ok: false, refusals: [cite("familyAid.not-in-pack", pack.cite["pack.default"])] };
  }
  let date = paymentDate;
  for (let counted = 0; counted < rule.claimAfterWorkingDays.value; ) {
    date = addDays(date, 1);
    if (isWorkingDay(date, rule)) counted += 1;
  }
  const provisional = rule.holidays.status === "provisional" || rule.claimAfterWorkingDays.status === "provisional";
  const reasons = [cite("familyAid.reimbursement", rule.claimAfterWorkingDays.source, { days: rule.claimAfterWorkingDays.value })];
  if (provisional) reasons.push(cite("familyAid.holidays-provisional", rule.holidays.source));
  return { ok: true, opensOn: date, provisional, reasons };
}
