import { stopTakingRequests } from "./http-requests";
import { logger } from "./logger";

/** Within the 30 s a container orchestrator waits after SIGTERM before it kills the process. */
export const SHUTDOWN_TIMEOUT_MS = 25_000;

export type ShutdownSteps = {
  /** Closes the database once no request is in flight; resolves when the transactions still open have ended. */
  closeDatabase: () => Promise<void>;
  timeoutMs?: number;
  exit?: (code: number) => void;
};

/**
 * A graceful stop: no new requests, the ones in flight answered, then the database closed (after
 * the transactions still open), then exit 0; 1 when something took longer than the timeout or the
 * database would not close.
 */
export async function shutDown(signal: string, { closeDatabase, timeoutMs = SHUTDOWN_TIMEOUT_MS, exit = (code) => process.exit(code) }: ShutdownSteps): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  logger.info({ signal }, "shutting down: taking no new requests");
  const drained = await stopTakingRequests(timeoutMs);
  if (!drained) logger.warn({ timeoutMs }, "shutting down: requests still in flight at the deadline");
  try {
    await withDeadline(closeDatabase(), deadline - Date.now());
    logger.info("shutting down: closed the database");
    exit(drained ? 0 : 1);
  } catch (error) {
    logger.error({ err: error }, "shutting down: could not close the database");
    exit(1);
  }
}

/** Shuts down on the first SIGTERM or SIGINT; a repeated signal (a shell passing Ctrl-C on to the process group) changes nothing. */
export function shutDownOnSignals(steps: ShutdownSteps): void {
  let started = false;
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (started) return;
      started = true;
      void shutDown(signal, steps);
    });
  }
}

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not done within ${Math.round(ms)} ms`)), Math.max(0, ms));
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}
