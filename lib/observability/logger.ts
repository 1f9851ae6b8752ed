import pino, { type Logger } from "pino";
import { maskPhone } from "@/lib/identity/phone";
import { currentRequestId } from "./request-context";
import { scrub } from "./scrub";

type Sink = { write(line: string): void };

/** Fields never written as given: phones are masked, the rest replaced, at the top level and one level down. */
const PHONE_FIELDS = ["phone"];
const SECRET_FIELDS = ["idNumber", "code", "token", "sessionToken", "cookie", "authorization", "secret", "password", "signature"];
const REDACTED = [...PHONE_FIELDS, ...SECRET_FIELDS].flatMap((field) => [field, `*.${field}`]);

function censor(value: unknown, path: string[]): unknown {
  if (!PHONE_FIELDS.includes(path.at(-1) ?? "")) return "[redacted]";
  return typeof value === "string" && !value.includes("*") ? maskPhone(value) : value;
}

/**
 * An error as logged: its type, message, code and call stack. Not its other fields (a database
 * error's `detail` holds the row's values), and not a failed query's parameters: Drizzle writes
 * them into its message, so the message is rebuilt from the query alone and the stack keeps only
 * its frames.
 */
function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const query = (error as { query?: unknown }).query;
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: typeof query === "string" ? `Failed query: ${query}` : error.message,
    code: typeof code === "string" ? code : undefined,
    stack: error.stack?.split("\n").filter((line) => line.trimStart().startsWith("at ")).join("\n"),
    cause: error.cause === undefined ? undefined : serializeError(error.cause),
  };
}

let sink: Sink = pino.destination({ dest: 1, sync: true });

/** Sends the log lines to `next` until the returned function is called (tests). */
export function writeLogsTo(next: Sink): () => void {
  const previous = sink;
  sink = next;
  return () => {
    sink = previous;
  };
}

/**
 * The server's one logger: a JSON line per event on standard output, with the time, the level, the
 * request id of the request it happened in (lib/observability/http-requests.ts) and no personal
 * data: phones masked, codes, tokens, cookies and ID numbers never written (scrub.ts catches what a
 * message carries). Synchronous, so that the line before an exit is not lost. PORTAL_LOG_LEVEL
 * (default info) sets how much is written.
 */
export const logger: Logger = pino(
  {
    level: process.env.PORTAL_LOG_LEVEL || "info",
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
    redact: { paths: REDACTED, censor },
    serializers: { err: serializeError },
    hooks: { streamWrite: scrub },
  },
  { write: (line: string) => sink.write(line) },
);
