import { createHash, timingSafeEqual } from "node:crypto";
import { METRICS_CONTENT_TYPE, metricsText } from "./metrics";

export const METRICS_TOKEN_VARIABLE = "PORTAL_METRICS_TOKEN";

const NO_STORE = { "cache-control": "no-store" };

/** Compared in constant time: both sides are hashed first, so neither their lengths nor their bytes shape the timing. */
function sameToken(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * GET /metrics: the Prometheus text for a scraper that presents `Authorization: Bearer
 * <PORTAL_METRICS_TOKEN>`. Without the variable set the endpoint does not exist (404); a missing or
 * wrong token gets 401.
 */
export async function answerMetrics(authorization: string | null, env: NodeJS.ProcessEnv = process.env): Promise<Response> {
  const expected = env[METRICS_TOKEN_VARIABLE];
  if (!expected) return new Response("Not found\n", { status: 404, headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8" } });
  const given = /^Bearer (\S+)$/i.exec(authorization?.trim() ?? "")?.[1];
  if (!given || !sameToken(given, expected)) {
    return new Response("Unauthorized\n", { status: 401, headers: { ...NO_STORE, "content-type": "text/plain; charset=utf-8", "www-authenticate": 'Bearer realm="metrics"' } });
  }
  return new Response(await metricsText(), { headers: { ...NO_STORE, "content-type": METRICS_CONTENT_TYPE } });
}
