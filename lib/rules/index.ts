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
export { lastYearOf } from "./packs/catalog";
export { diffPacks } from "./packs/diff";
export type { FigureChange } from "./packs/diff";
export { residentChanges, differsFromLastYear } from "./packs/changes";
export { figuresOf } from "./packs/figure-paths";
export { checkDraft, draftFileRefusal, draftText, DRAFT_LIMIT_BYTES } from "./packs/drafts";
export type { DraftCheck } from "./packs/drafts";
export { compareUnder, onRegistrationStart, COMPARED_FIELDS } from "./packs/compare";
export type { AnswerChange, ComparedField, Subject } from "./packs/compare";
export { caseRequest, caseTablesOf, readCases } from "./packs/cases";
export { policiesDir, describeProblem } from "./packs/load";
export type { PackProblem } from "./packs/load";
