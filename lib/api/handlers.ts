import { apiError } from "./errors";
import { readJsonBody } from "./body";
import { answerSafely } from "./catch-all";
import { evaluateOne, outcomeBody } from "./evaluate-one";
import { BATCH_BODY_LIMIT_BYTES, MAX_BATCH_REQUESTS, batchEnvelopeSchema } from "./batch";
import { toIssues } from "./issues";
import { policiesBody } from "./policies";
import { openApiDocument } from "./openapi";
import { errorResponse, jsonResponse } from "./respond";

/** `POST /api/v1/eligibility`. */
export function handleEligibility(request: Request, today: () => string): Promise<Response> {
  return answerSafely("eligibility", async () => {
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(body.error);
    const outcome = evaluateOne(body.json, today());
    return outcome.ok ? jsonResponse(outcome.answer) : errorResponse(outcome.error);
  });
}

/** `POST /api/v1/eligibility/batch`: `{ requests }` → `{ results }`, element by element, in order. */
export function handleBatch(request: Request, today: () => string): Promise<Response> {
  return answerSafely("eligibility/batch", async () => {
    const body = await readJsonBody(request, BATCH_BODY_LIMIT_BYTES);
    if (!body.ok) return errorResponse(body.error);
    const envelope = batchEnvelopeSchema.safeParse(body.json);
    if (!envelope.success) {
      return errorResponse(
        apiError("invalid-request", "The batch breaks the schema.", toIssues(envelope.error)),
      );
    }
    const { requests } = envelope.data;
    if (requests.length > MAX_BATCH_REQUESTS) {
      return errorResponse(
        apiError("batch-too-large", `A batch holds at most ${MAX_BATCH_REQUESTS} requests; split it.`),
      );
    }
    const serviceDate = today();
    const results = requests.map((json) => outcomeBody(evaluateOne(json, serviceDate)));
    return jsonResponse({ results });
  });
}

/** `GET /api/v1/policies`. */
export function handlePolicies(today: () => string): Promise<Response> {
  return answerSafely("policies", async () => jsonResponse(policiesBody(today())));
}

/** `GET /api/v1/openapi.json`. */
export function handleOpenApi(): Promise<Response> {
  return answerSafely("openapi.json", async () => jsonResponse(openApiDocument()));
}
