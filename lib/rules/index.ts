export {
  requestSchema,
  answerSchema,
  policiesResponseSchema,
  policyDescriptionSchema,
  reasonSchema,
  plainDateSchema,
  isPlainDate,
  assistanceCodes as allAssistanceCodes,
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
export { listPolicies, getPack, assistanceCodes } from "./policies";
export { familyAid, reimbursementOpensOn, isWorkingDay } from "./family-aid";
export type { FamilyAidQuestion, FamilyAidAnswer, FamilyAidChannel, InsuredPlace, ClaimOpening } from "./family-aid";
export { closeRelations } from "./packs/types";
export type { Relation, Province } from "./packs/types";
