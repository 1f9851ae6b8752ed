import type { EvaluationResult, ParsedRequest } from "./schema";

/** Pure: the answer for one request on the service date `options.today`. */
export function evaluate(request: ParsedRequest, options: { today: string }): EvaluationResult {
  void request;
  void options;
  return { ok: false, error: { code: "unknown-policy", message: "Rules not implemented yet" } };
}
