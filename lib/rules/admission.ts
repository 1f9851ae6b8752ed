import { addMonths } from "./dates";
import type { CategoryResult } from "./category";
import type { Pack } from "./packs/types";
import { reason } from "./reasons";
import type { Person, Reason } from "./schema";

/** How the person qualifies. */
export type Basis = "local-hukou" | "school" | "residence-permit" | "parent-permit" | "hmt" | "foreign-permanent";

export type AdmissionResult = { eligible: boolean; basis?: Basis; ineligibility: Reason[]; reasons: Reason[] };

/** RULES.md Who may enrol: the person's own standing, then the duplicate-insurance bar. */
export function admission(person: Person, pack: Pack, asOf: string, cat: CategoryResult): AdmissionResult {
  const ineligibility: Reason[] = [];
  if (person.birthDate > asOf) ineligibility.push(reason(pack, "person.not-born", { birthDate: person.birthDate }));
  if (person.birthDate > pack.periods.coverage.value.end) {
    ineligibility.push(reason(pack, "person.born-after-coverage-year", { coverageYear: pack.coverageYear }));
  }
  // 二(一)2(3): 不能重复参保.
  if (person.otherInsurance === "employee") ineligibility.push(reason(pack, "duplicate.employee-insurance"));
  if (person.otherInsurance === "resident-elsewhere") ineligibility.push(reason(pack, "duplicate.resident-elsewhere"));

  const standing = residencyStanding(person, pack, asOf, cat);
  ineligibility.push(...standing.ineligibility);
  const eligible = ineligibility.length === 0;
  return { eligible, basis: eligible ? standing.basis : undefined, ineligibility, reasons: eligible ? standing.reasons : [] };
}

function residencyStanding(
  person: Person,
  pack: Pack,
  asOf: string,
  cat: CategoryResult,
): { basis?: Basis; ineligibility: Reason[]; reasons: Reason[] } {
  const rules = pack.admission;
  const admitted = (basis: Basis, reasons: Reason[]) => ({ basis, ineligibility: [], reasons });
  const refused = (why: Reason) => ({ ineligibility: [why], reasons: [] });

  if (person.school !== "none") return admitted("school", [reason(pack, "admission.school")]);

  switch (person.residency) {
    case "local-hukou":
      return admitted("local-hukou", [reason(pack, "admission.local-hukou")]);
    case "residence-permit": {
      const permit = rules.residencePermit;
      if (!permit) return refused(reason(pack, "residency.not-admitted", { residency: person.residency }));
      if (permit.maxAgeOnBaseDate && cat.age > permit.maxAgeOnBaseDate.value) {
        return refused(reason(pack, "residency.permit-age", { maxAge: permit.maxAgeOnBaseDate.value }));
      }
      const condition = permit.conditionCode ? [reason(pack, permit.conditionCode)] : [];
      return admitted("residence-permit", [reason(pack, "admission.residence-permit"), ...condition]);
    }
    case "hmt-residence-permit": {
      if (!rules.hmt) return refused(reason(pack, "residency.not-admitted", { residency: person.residency }));
      if (rules.hmt.notEmployed && person.employed) return refused(reason(pack, "residency.hmt-employed"));
      return admitted("hmt", [reason(pack, "admission.hmt")]);
    }
    case "foreign-permanent-residence": {
      if (!rules.foreignPermanent) return refused(reason(pack, "residency.not-admitted", { residency: person.residency }));
      if (rules.foreignPermanent.notEmployed && person.employed) return refused(reason(pack, "residency.foreign-employed"));
      return admitted("foreign-permanent", [reason(pack, "admission.foreign-permanent")]);
    }
    case "none": {
      const child = rules.parentPermitChild;
      if (child && person.parentResidencePermit && isParentPermitChild(person, asOf, cat, child.maxMonthsOld?.value)) {
        const condition = child.conditionCode ? [reason(pack, child.conditionCode)] : [];
        return admitted("parent-permit", [reason(pack, "admission.parent-permit"), ...condition]);
      }
      return refused(reason(pack, "residency.no-permit"));
    }
  }
}

/** 二(一)2(1): a newborn or a preschool child (under 6 on the base date, or born in the coverage year). */
function isParentPermitChild(person: Person, asOf: string, cat: CategoryResult, maxMonthsOld?: number): boolean {
  if (maxMonthsOld !== undefined) return asOf <= addMonths(person.birthDate, maxMonthsOld);
  return cat.category === "infant";
}
