import { describe, expect, it } from "vitest";
import { countCallbackRefused, countRateLimitRefusal, countRequest, metricsText, registerQueueDepthGauge } from "./metrics";
import { answerMetrics } from "./metrics-endpoint";
import { metricValue } from "./testing";

const TOKEN = "metrics-token-0123456789abcdef";
const env = { PORTAL_METRICS_TOKEN: TOKEN } as unknown as NodeJS.ProcessEnv;

describe("GET /metrics", () => {
  it.each([
    ["does not exist without PORTAL_METRICS_TOKEN", {}, `Bearer ${TOKEN}`, 404],
    ["does not exist with it empty", { PORTAL_METRICS_TOKEN: "" }, `Bearer ${TOKEN}`, 404],
    ["asks for the token when none is sent", env, null, 401],
    ["refuses a wrong token", env, "Bearer not-the-token", 401],
    ["refuses the token as a prefix", env, `Bearer ${TOKEN}x`, 401],
    ["refuses another scheme", env, `Basic ${TOKEN}`, 401],
    ["answers the right one", env, `Bearer ${TOKEN}`, 200],
  ])("%s", async (_, settings, authorization, status) => {
    const answer = await answerMetrics(authorization, settings as NodeJS.ProcessEnv);
    expect(answer.status).toBe(status);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    if (status === 401) expect(answer.headers.get("www-authenticate")).toContain("Bearer");
    if (status !== 200) expect(await answer.text()).not.toContain("portal_");
  });

  it("is Prometheus text with the portal's counters", async () => {
    countRequest("GET", "/[locale]/pay/[number]", "200", 0.02);
    countCallbackRefused("bad-signature");
    const answer = await answerMetrics(`Bearer ${TOKEN}`, env);
    expect(answer.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await answer.text();
    expect(metricValue(text, "portal_http_requests_total", { method: "GET", route: "/[locale]/pay/[number]", status: "200" })).toBe(1);
    expect(metricValue(text, "portal_http_request_duration_seconds_count", { route: "/[locale]/pay/[number]" })).toBe(1);
    expect(metricValue(text, "portal_payment_callbacks_refused_total", { reason: "bad-signature" })).toBe(1);
  });
});

describe("labels", () => {
  it.each([
    ["code:phone:0f1e2d3c4b5a6978:0", "code:phone"],
    ["real-name:addr:0f1e2d3c4b5a6978", "real-name:addr"],
    ["family-binding:payer:nb-12-2:0", "family-binding:payer"],
    ["0f1e2d3c4b5a6978", "other"],
    ["code:0f1e2d3c4b5a6978", "other"],
  ])("a rate limit keyed %s is counted as %s", async (key, limit) => {
    const before = metricValue(await metricsText(), "portal_rate_limit_refusals_total", { limit, kind: "window" });
    countRateLimitRefusal(key, "window");
    const text = await metricsText();
    expect(metricValue(text, "portal_rate_limit_refusals_total", { limit, kind: "window" })).toBe(before + 1);
    expect(text).not.toContain("0f1e2d3c4b5a6978");
  });

  it("an unknown method is OTHER, not a new label value", async () => {
    countRequest("BREW", "(other)", "405", 0.001);
    expect(metricValue(await metricsText(), "portal_http_requests_total", { method: "OTHER", route: "(other)" })).toBe(1);
  });
});

describe("the queue depth", () => {
  it("exists only once a job queue registers it, and is read at each scrape", async () => {
    expect(await metricsText()).not.toContain("portal_job_queue_depth");
    let waiting = 3;
    registerQueueDepthGauge(() => waiting);
    expect(metricValue(await metricsText(), "portal_job_queue_depth")).toBe(3);
    waiting = 5;
    expect(metricValue(await metricsText(), "portal_job_queue_depth")).toBe(5);
  });
});

describe("one registry per process", () => {
  it("lives on globalThis, so that every bundle's copy of the module counts into it", async () => {
    expect(globalThis.portalMetrics).toBeDefined();
    const before = metricValue(await metricsText(), "portal_payment_callbacks_refused_total");
    globalThis.portalMetrics!.callbacksRefused.inc({ reason: "invalid-body" });
    expect(metricValue(await metricsText(), "portal_payment_callbacks_refused_total")).toBe(before + 1);
  });
});
