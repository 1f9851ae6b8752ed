import { evaluate, requestSchema, type EligibilityAnswer } from "@/lib/rules";
import { apiError, type ApiError, type ErrorBody } from "./errors";
import { INTERNAL_ERROR_MESSAGE, reportBug } from "./catch-all";
import { toIssues } from "./issues";

export type Outcome = { ok: true; answer: EligibilityAnswer } | { ok: false; error: ApiError };

/**
 * The one path from parsed JSON to answer-or-error, shared by the HTTP endpoint, the batch
 * endpoint and the CLI. Never throws: a bug becomes `internal-error` for this request only.
 */
export function evaluateOne(json: unknown, today: string): Outcome {
  try {
    const parsed = requestSchema.safeParse(json);
    if (!parsed.success) {
      return {
        ok: false,
        error: apiError("invalid-request", "The request breaks the schema.", toIssues(parsed.error)),
      };
    }
    const result = evaluate(parsed.data, { today });
    if (!result.ok) return { ok: false, error: apiError("unknown-policy", result.error.message) };
    return { ok: true, answer: result.answer };
  } catch (error) {
    reportBug("evaluateOne", error);
    return { ok: false, error: apiError("internal-error", INTERNAL_ERROR_MESSAGE) };
  }
}

/** What a door prints for an outcome: the answer itself, or `{ error }`. */
export function outcomeBody(outcome: Outcome): EligibilityAnswer | ErrorBody {
  return outcome.ok ? outcome.answer : { error: outcome.error };
}
