import { apiError, type ApiError } from "./errors";

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export type JsonResult = { ok: true; json: unknown } | { ok: false; error: ApiError };

/** Decodes strict UTF-8 (a BOM is dropped) and parses JSON; never throws. */
export function parseJsonBytes(bytes: Uint8Array): JsonResult {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    return { ok: false, error: apiError("invalid-json", "The request is not valid UTF-8.") };
  }
  if (text.trim() === "") {
    return { ok: false, error: apiError("invalid-json", "The request is empty.") };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, error: apiError("invalid-json", "The request is not valid JSON.") };
  }
}
