import { apiError, type ApiError } from "./errors";
import { isJsonContentType } from "./content-type";
import { parseJsonBytes, type JsonResult } from "./json";

/**
 * The one reader of request bodies for every route handler under app/ (docs/decisions/0013): a
 * declared Content-Length over the limit is refused before a byte is read, and a body without one
 * is read from the stream only until it passes the limit. Server actions are bounded by
 * `experimental.serverActions.bodySizeLimit` (next.config.ts) and, before Next.js reads them, by
 * proxy.ts.
 */

/** API.md: a body over 64 KiB gets 413. */
export const BODY_LIMIT_BYTES = 64 * 1024;

export type BytesResult = { ok: true; bytes: Uint8Array } | { ok: false; error: ApiError };

/** Whether the declared Content-Length alone already breaks the limit (nothing needs to be read to say so). */
export function declaresTooMuch(headers: Headers, limitBytes: number): boolean {
  const declared = Number(headers.get("content-length") ?? "");
  return Number.isFinite(declared) && declared > limitBytes;
}

function tooLarge(limitBytes: number): ApiError {
  return apiError("payload-too-large", `The body is over ${limitBytes} bytes.`);
}

/**
 * Reads the body, stopping as soon as it passes `limitBytes`. A declared Content-Length over
 * the limit is refused before reading; a missing or lying one is caught by counting bytes.
 */
export async function readBodyBytes(request: Request, limitBytes: number): Promise<BytesResult> {
  if (declaresTooMuch(request.headers, limitBytes)) return { ok: false, error: tooLarge(limitBytes) };
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

export type TextResult = { ok: true; text: string } | { ok: false; error: ApiError };

/** The body as UTF-8 text (a signed callback is verified over exactly these bytes), within the limit. */
export async function readTextBody(request: Request, limitBytes: number): Promise<TextResult> {
  const read = await readBodyBytes(request, limitBytes);
  return read.ok ? { ok: true, text: new TextDecoder().decode(read.bytes) } : read;
}

export type FormResult = { ok: true; form: FormData | null } | { ok: false; error: ApiError };

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * A plain form post, within the limit: its FormData, or null when the body is not a form (another
 * content type, or one that does not parse). Only the size is an error.
 */
export async function readFormBody(request: Request, limitBytes: number): Promise<FormResult> {
  const read = await readBodyBytes(request, limitBytes);
  if (!read.ok) return read;
  const contentType = request.headers.get("content-type") ?? "";
  if (!FORM_TYPES.includes(contentType.split(";")[0]!.trim().toLowerCase())) return { ok: true, form: null };
  try {
    const form = await new Response(read.bytes as BodyInit, { headers: { "content-type": contentType } }).formData();
    return { ok: true, form };
  } catch {
    return { ok: true, form: null };
  }
}
