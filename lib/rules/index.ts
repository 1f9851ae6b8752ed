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
