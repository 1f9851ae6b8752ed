import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/**
 * The portal's Prometheus metrics (served at /metrics, app/metrics/route.ts). Each instance keeps
 * its own counts and Prometheus adds the instances up, as it does for any service. Next.js bundles
 * this module into every route that imports it, so the registry lives on globalThis: every copy
 * counts into the one registry the endpoint reads.
 */
function create() {
  const registry = new Registry();
  const registers = [registry];
  return {
    registry,
    processMetrics: false,
    queueDepth: false,
    httpRequests: new Counter({
      name: "portal_http_requests_total",
      help: "HTTP requests answered, by method, route pattern (never the path itself) and status",
      labelNames: ["method", "route", "status"] as const,
      registers,
    }),
    httpDuration: new Histogram({
      name: "portal_http_request_duration_seconds",
      help: "From the request's headers being read to the response's last byte being handed to the network (or the client going away)",
      labelNames: ["method", "route"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    paymentsRecorded: new Counter({
      name: "portal_payments_recorded_total",
      help: "Payments recorded (a repeated confirmation is not counted again), by outcome and how they arrived",
      labelNames: ["outcome", "via"] as const,
      registers,
    }),
    callbacksRefused: new Counter({
      name: "portal_payment_callbacks_refused_total",
      help: "Collection-service confirmations refused, by reason",
      labelNames: ["reason"] as const,
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: "portal_rate_limit_refusals_total",
      help: "Requests refused by a rate limit, by limit (the kind of key, never the key) and kind (window or cooldown)",
      labelNames: ["limit", "kind"] as const,
      registers,
    }),
  };
}

declare global {
  var portalMetrics: ReturnType<typeof create> | undefined;
}

function metrics() {
  return (globalThis.portalMetrics ??= create());
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

export function countRequest(method: string, route: string, status: string, seconds: number): void {
  const known = METHODS.has(method) ? method : "OTHER";
  metrics().httpRequests.inc({ method: known, route, status });
  metrics().httpDuration.observe({ method: known, route }, seconds);
}

export function countPaymentRecorded(outcome: string, via: string): void {
  metrics().paymentsRecorded.inc({ outcome, via });
}

export function countCallbackRefused(reason: string): void {
  metrics().callbacksRefused.inc({ reason });
}

/** The limit is named by its key's leading words (`code:phone`, `real-name:addr`); the phone or address reference after them never becomes a label. */
export function countRateLimitRefusal(key: string, kind: "window" | "cooldown"): void {
  const words = key.split(":").slice(0, 2);
  const limit = words.length === 2 && words.every((word) => /^[a-z][a-z-]*$/.test(word)) ? words.join(":") : "other";
  metrics().rateLimitRefusals.inc({ limit, kind });
}

/** The process's own figures (CPU, memory, event-loop lag, garbage collection), once per process. */
export function registerProcessMetrics(): void {
  const all = metrics();
  if (all.processMetrics) return;
  all.processMetrics = true;
  collectDefaultMetrics({ register: all.registry, prefix: "portal_" });
}

/**
 * Jobs waiting in the queue, read at each scrape. No job queue exists yet: whoever adds one
 * (ARCHITECTURE.md, "Jobs") calls this once at start with a function that counts the waiting jobs.
 */
export function registerQueueDepthGauge(waitingJobs: () => number | Promise<number>): void {
  const all = metrics();
  if (all.queueDepth) return;
  all.queueDepth = true;
  new Gauge({
    name: "portal_job_queue_depth",
    help: "Jobs waiting in the queue",
    registers: [all.registry],
    async collect() {
      this.set(await waitingJobs());
    },
  });
}

export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

export function metricsText(): Promise<string> {
  return metrics().registry.metrics();
}
