import { logger } from "@/lib/observability/logger";
import { apiError } from "./errors";
import { errorResponse } from "./respond";

export const INTERNAL_ERROR_MESSAGE = "Something went wrong on our side; the request was not at fault.";

/** Logs a genuine bug. Bad input never lands here: it has its own error codes. */
export function reportBug(where: string, error: unknown): void {
  logger.error({ err: error, where }, "api: unexpected error");
}

/** The last line of defence for a route handler: a thrown error becomes a 500, never a crash. */
export async function answerSafely(where: string, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (error) {
    reportBug(where, error);
    return errorResponse(apiError("internal-error", INTERNAL_ERROR_MESSAGE));
  }
}
