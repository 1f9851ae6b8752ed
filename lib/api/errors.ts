import { z } from "zod";

/**
 * Every error code the API can answer, with its HTTP status. Codes are stable: partners
 * branch on them. Add codes; never rename or drop one.
 */
export const ERROR_STATUS = {
  /** The body is not UTF-8 JSON (or is empty). */
  "invalid-json": 400,
  /** The JSON breaks the request schema; `issues` says where. */
  "invalid-request": 400,
  /** Batch CLI only: a blank line, answered so output lines stay aligned with input lines. */
  "empty-line": 400,
  /** No pack has that id, or none fits the region and `asOf`. */
  "unknown-policy": 404,
  /** The body (or a CLI line) is over the byte limit. */
  "payload-too-large": 413,
  /** A batch holds more than 1000 requests. */
  "batch-too-large": 413,
  /** Content-Type is not `application/json` (a `charset=utf-8` parameter is fine). */
  "unsupported-media-type": 415,
  /** A bug on our side, never a consequence of the input. */
  "internal-error": 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];

export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

export const apiErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  issues: z.array(issueSchema).optional(),
});

export const errorBodySchema = z
  .object({ error: apiErrorSchema })
  .meta({ id: "Error", description: "Every error answer; `code` is stable, `message` is for people." });

export type Issue = z.infer<typeof issueSchema>;
export type ApiError = z.infer<typeof apiErrorSchema>;
export type ErrorBody = z.infer<typeof errorBodySchema>;

export function apiError(code: ErrorCode, message: string, issues?: Issue[]): ApiError {
  return issues === undefined ? { code, message } : { code, message, issues };
}

export function statusOf(error: ApiError): number {
  return ERROR_STATUS[error.code];
}
