import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observeHttpRequests } from "./http-requests";
import { logger } from "./logger";
import { metricsText } from "./metrics";
import { captureLogs, get, listen, metricValue } from "./testing";

const routes = { exact: new Set(["/api/payments/callback"]), patterns: [{ page: "/[locale]/pay/[number]", regex: /^\/([^/]+?)\/pay\/([^/]+?)(?:\/)?$/ }] };

let server: http.Server;
let port: number;
let logs: ReturnType<typeof captureLogs>;
beforeAll(async () => {
  logs = captureLogs();
  // One proxy of our own in front: its x-request-id is kept when well formed.
  observeHttpRequests({ trustedHops: 1, routes });
  ({ server, port } = await listen(async (request, response) => {
    await Promise.resolve();
    logger.info({ phone: "13905740101" }, "handled");
    response.statusCode = request.url?.startsWith("/zh-Hans/pay/") ? 200 : 404;
    response.end("ok");
  }));
});
afterAll(() => {
  logs.restore();
  server.close();
});

const lines = () => logs.lines().map((line) => JSON.parse(line) as Record<string, unknown>);

describe("every request the server takes", () => {
  it("gets a request id, echoed in the response and carried by the log lines written while it is handled", async () => {
    const answer = await get(port, "/zh-Hans/pay/2026330000123");
    const id = answer.headers["x-request-id"];
    expect(id).toMatch(/^[A-Za-z]{22}$/);
    const mine = lines().filter((line) => line.requestId === id);
    expect(mine.map((line) => line.msg)).toEqual(["handled", "request"]);
    expect(mine[0]).toMatchObject({ phone: "139****0101" });
  });

  it("keeps a well-formed id from the proxy, and replaces one that is not", async () => {
    expect((await get(port, "/zh-Hans/pay/1", { "x-request-id": "proxy-id-0001" })).headers["x-request-id"]).toBe("proxy-id-0001");
    expect((await get(port, "/zh-Hans/pay/1", { "x-request-id": "<script>" })).headers["x-request-id"]).toMatch(/^[A-Za-z]{22}$/);
  });

  it("is counted and timed by route pattern and status, and logged without its path", async () => {
    const before = await metricsText();
    const count = (text: string, route: string, status: string) => metricValue(text, "portal_http_requests_total", { method: "GET", route, status });
    await get(port, "/zh-Hans/pay/2026330000999");
    await get(port, "/nowhere/2026330000999");
    const after = await metricsText();
    expect(count(after, "/[locale]/pay/[number]", "200")).toBe(count(before, "/[locale]/pay/[number]", "200") + 1);
    expect(count(after, "(other)", "404")).toBe(count(before, "(other)", "404") + 1);
    expect(metricValue(after, "portal_http_request_duration_seconds_count", { route: "/[locale]/pay/[number]" })).toBeGreaterThan(0);
    expect(after).not.toContain("2026330000999");
    expect(logs.text()).not.toContain("2026330000999");
    expect(lines().filter((line) => line.msg === "request").at(-1)).toMatchObject({ method: "GET", route: "(other)", status: 404, seconds: expect.any(Number) });
  });
});
