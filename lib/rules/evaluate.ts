import { admission } from "./admission";
import { category } from "./category";
import { contribution } from "./contribution";
import { coverage } from "./coverage";
import { daysInclusive } from "./dates";
import { deadlines } from "./deadlines";
import { documents } from "./documents";
import { breakCost, incentive } from "./incentive";
import { newbornContext, type NewbornContext } from "./newborn";
import { resolvePack } from "./packs/catalog";
import type { Pack } from "./packs/types";
import { period } from "./period";
import { inStableOrder, reason } from "./reasons";
import { refund } from "./refund";
import { route } from "./route";
import type { EligibilityAnswer, EvaluationResult, ParsedRequest, Reason } from "./schema";

/**
 * Pure: the answer for one request. `options.today` is the service date (Asia/Shanghai) and the
 * default asOf; nothing here reads the clock. Never throws on schema-valid input.
 */
export function evaluate(request: ParsedRequest, options: { today: string }): EvaluationResult {
  const asOf = request.asOf ?? options.today;
  const resolved = resolvePack(request, asOf, options.today);
  if (!resolved.ok) return resolved;
  return { ok: true, answer: answerFor(request, resolved.pack, asOf) };
}

/** The answer under a given pack (a draft the office previews), asOf defaulting to today. */
export function evaluateUnder(request: ParsedRequest, pack: Pack, options: { today: string }): EligibilityAnswer {
  return answerFor(request, pack, request.asOf ?? options.today);
}

function answerFor(request: ParsedRequest, pack: Pack, asOf: string): EligibilityAnswer {
  const person = request.person;
  const projected = pack.projected ? [reason(pack, "pack.projected", { coverageYear: pack.coverageYear, basedOn: pack.coverageYear - 1 })] : [];
  const cat = category(person, pack);
  const admitted = admission(person, pack, asOf, cat);
  const newborn = admitted.eligible ? newbornContext(person, pack, asOf) : null;
  const dynamicMember =
    (newborn?.dynamicGroup ?? false) ||
    pack.assistance.some((group) => group.dynamic?.value && person.assistance.includes(group.code));
  const chosenRoute = admitted.eligible && admitted.basis ? route(person, pack, cat, admitted.basis) : undefined;
  const when = period(pack, asOf, chosenRoute?.route, dynamicMember);
  const periodFigures = pack.periods;

  const base = {
    policy: { id: pack.id, region: pack.region, coverageYear: pack.coverageYear },
    projected: pack.projected,
    asOf,
    category: cat.category,
    ageOnBaseDate: Math.max(0, cat.age),
    period: when.period,
    periods: {
      registration: periodFigures.registration.value,
      payment: periodFigures.payment.value,
      coverage: periodFigures.coverage.value,
    },
  };
  const periodsProvisional = Object.values(periodFigures).some((figure) => figure.status === "provisional");

  if (!admitted.eligible || !admitted.basis || !chosenRoute) {
    return {
      ...base,
      eligible: false,
      ineligibility: inStableOrder(admitted.ineligibility),
      deadlines: [],
      documents: [],
      provisional: pack.projected || periodsProvisional,
      reasons: inStableOrder([...projected, ...cat.reasons, ...when.reasons]),
    };
  }

  const paid = contribution(person, pack, cat.category, admitted.basis, when.period, asOf, newborn);
  const covered = coverage(person, pack, when.period, asOf, newborn);
  const bonus = incentive(person, pack);
  const cost = breakCost(pack, bonus.continuityFen);
  const reasons: Reason[] = [
    ...projected,
    ...admitted.reasons,
    ...cat.reasons,
    ...chosenRoute.reasons,
    ...when.reasons,
    ...paid.reasons,
    ...covered.reasons,
    ...bonus.reasons,
    ...cost.reasons,
    ...(when.period === "closed" ? [] : refund(pack, when.period, asOf)),
  ];

  return {
    ...base,
    eligible: true,
    ineligibility: [],
    route: chosenRoute.route,
    contribution: paid.contribution,
    coverage: covered.coverage,
    ...(bonus.incentive ? { incentive: bonus.incentive } : {}),
    ...(cost.breakCost ? { breakCost: cost.breakCost } : {}),
    deadlines: deadlines(pack, asOf, chosenRoute.route, when.period, newborn),
    ...(newborn ? { newborn: newbornOptions(pack, newborn, paid.payablePerYear, covered.coverage.start, person.birthDate) } : {}),
    documents: documents(admitted.basis, chosenRoute.route, cat),
    provisional: pack.projected || periodsProvisional || paid.contribution.provisional || (bonus.incentive?.provisional ?? false),
    reasons: inStableOrder(reasons),
  };
}

/** 问答四: the portal offers both years to a child born in the previous year, inside the window. */
function newbornOptions(
  pack: Pack,
  newborn: NewbornContext,
  perYear: number,
  start: string | null,
  birthDate: string,
): NonNullable<EligibilityAnswer["newborn"]> {
  const year = pack.periods.coverage.value;
  if (!newborn.withinWindow) return { deadline: newborn.deadline, options: [] };
  const days = (from: string | null) => (from ? daysInclusive(from, year.end) : 0);
  if (newborn.bornIn === "previous-year" && pack.newborn.kind !== "dynamic-group") {
    return {
      deadline: newborn.deadline,
      options: [
        {
          years: [pack.coverageYear - 1, pack.coverageYear],
          payable: perYear * 2,
          coverageStart: birthDate,
          benefitDays: days(birthDate),
          chosen: newborn.bothYears,
        },
        {
          years: [pack.coverageYear],
          payable: perYear,
          coverageStart: year.start,
          benefitDays: days(year.start),
          chosen: !newborn.bothYears,
        },
      ],
    };
  }
  return {
    deadline: newborn.deadline,
    options: [{ years: [pack.coverageYear], payable: perYear, coverageStart: start, benefitDays: days(start), chosen: true }],
  };
}
