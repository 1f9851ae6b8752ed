import { payerNotEmployee, type Reason } from "@/lib/rules";
import type { PayerStanding, RelativeOption } from "@/lib/services/family/payer-standing";

export type PayerWhy = { allowed: boolean; reasons: Reason[] };

/** Refusals about the payer, not about one relative: shown once, at the top of 我的共济. */
const PAYER_CODES = new Set(["familyAid.not-in-pack", "familyAid.payer-not-employee", "familyAid.payer-outside-province"]);

/**
 * Whether I can pay for relatives at all, and why: the rules' reasons for the relatives they allow
 * (each code once), else the refusals that concern the payer. Someone with no registry relatives
 * and no employee account is still told why.
 */
export function payerWhy(standing: PayerStanding, relatives: RelativeOption[]): PayerWhy {
  const allowed = relatives.flatMap((r) => (r.answer.allowed ? r.answer.reasons : []));
  if (allowed.length > 0) return { allowed: true, reasons: unique(allowed.filter((r) => !r.code.startsWith("familyAid.channel-"))) };
  const refusals = unique(relatives.flatMap((r) => (r.answer.allowed ? [] : r.answer.refusals)).filter((r) => PAYER_CODES.has(r.code)));
  if (refusals.length > 0) return { allowed: false, reasons: refusals };
  if (!standing.employee) return { allowed: false, reasons: [payerNotEmployee(standing.pack)] };
  return { allowed: false, reasons: [] };
}

function unique(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => (seen.has(r.code) ? false : (seen.add(r.code), true)));
}
