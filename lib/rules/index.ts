export {
  requestSchema,
  answerSchema,
  policiesResponseSchema,
  policyDescriptionSchema,
  reasonSchema,
  plainDateSchema,
  isPlainDate,
} from "./schema";
export type {
  EligibilityRequest,
  ParsedRequest,
  EligibilityAnswer,
  EvaluationResult,
  EvaluationError,
  PolicyDescription,
  PoliciesResponse,
  Reason,
  Category,
  Region,
  Route,
  Period,
} from "./schema";
export { evaluate } from "./evaluate";
export { describePack, assistanceCodes } from "./policies";
export type { Pack } from "./policies";
export {
  packById,
  packsOn,
  openPacks,
  packForRegion,
  currentPeriods,
  regionOrder,
  regionForPayerProvince,
  packForCoverageYear,
} from "./packs/catalog";
export { rateBasisPoints, reachesTarget, localHukouTarget, assistedTarget } from "./targets";
export { answerOn, payableOn, rulesDate, coverOn, dueDateFor } from "./payment-date";
export type { Cover } from "./payment-date";
export {
  REGIONS,
  RESIDENCIES,
  PERMIT_KINDS,
  SCHOOL_LEVELS,
  SCHOOLS,
  OTHER_INSURANCE,
  RELATIONS,
  HOUSEHOLD_ROLES,
  ASSISTANCE_CODES,
} from "./vocabulary";
export type { Residency, PermitKind, SchoolLevel, School, OtherInsurance, HouseholdRole, AssistanceCode } from "./vocabulary";
export { familyAid, payerNotEmployee, reimbursementOpensOn, isWorkingDay } from "./family-aid";
export type { FamilyAidQuestion, FamilyAidAnswer, FamilyAidChannel, InsuredPlace, ClaimOpening } from "./family-aid";
export type { Relation, Province, FamilyAidRule, SourceRef, Figure } from "./packs/types";
