import { apiError, type ApiError } from "./errors";
import { isJsonContentType } from "./content-type";
import { parseJsonBytes, type JsonResult } from "./json";

/** API.md: a body over 64 KiB gets 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; error: ApiError };

function tooLarge(limitBytes: number): ApiError {
  return apiError("payload-too-large", `The body is over ${limitBytes} bytes.`);
}

/**
 * Reads the body, stopping as soon as it passes `limitBytes`. A declared Content-Length over
 * the limit is refused before reading; a missing or lying one is caught by counting bytes.
 */
export async function readBodyBytes(request: Request, limitBytes: number): Promise<BytesResult> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limitBytes) {
    return { ok: false, error: tooLarge(limitBytes) };
  }
  if (request.body === null) return { ok: true, bytes: new Uint8Array(0) };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limitBytes) {
        reader.cancel().catch(() => {});
        return { ok: false, error: tooLarge(limitBytes) };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, error: apiError("invalid-json", "The body could not be read.") };
  }
  return { ok: true, bytes: concat(chunks, total) };
}

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Content type, then size, then JSON syntax: 415, 413, 400 `invalid-json`. */
export async function readJsonBody(request: Request, limitBytes = BODY_LIMIT_BYTES): Promise<JsonResult> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return {
      ok: false,
      error: apiError("unsupported-media-type", "Send the body as Content-Type: application/json."),
    };
  }
  const read = await readBodyBytes(request, limitBytes);
  return read.ok ? parseJsonBytes(read.bytes) : read;
}
