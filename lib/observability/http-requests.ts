import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { logger } from "./logger";
import { countRequest } from "./metrics";
import { enterRequest } from "./request-context";
import { REQUEST_ID_HEADER, requestIdFor } from "./request-id";
import { readRouteTable, routeOf, type RouteTable } from "./routes";

type RequestStart = { request: IncomingMessage; response: ServerResponse; server: Server };

/** What the process knows of its HTTP traffic: the servers it answers on and the responses not yet done. */
type Traffic = { servers: Set<Server>; inFlight: Set<ServerResponse>; draining: boolean; settled: Set<() => void> };

declare global {
  var portalHttpTraffic: Traffic | undefined;
}

/**
 * Watches every request the process's HTTP server takes, through Node's own diagnostics channels
 * (no wrapping of Next.js): gives it a request id (lib/observability/request-id.ts), echoed in the
 * `x-request-id` response header and carried by every log line written while it is handled; and
 * when the response is done, counts it by route pattern and status, observes its duration and
 * writes one log line. The duration runs from Node having read the request's headers to the
 * response's last byte being handed to the network (or the client going away): it covers proxy.ts,
 * rendering, route handlers and server actions, and the streaming of the answer; not the time before
 * the request reached this process. Once per process; later calls change nothing.
 */
export function observeHttpRequests(options: { trustedHops: number; routes?: RouteTable }): void {
  if (globalThis.portalHttpTraffic) return;
  const traffic: Traffic = (globalThis.portalHttpTraffic = { servers: new Set(), inFlight: new Set(), draining: false, settled: new Set() });
  const routes = options.routes ?? readRouteTable();
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { request, response, server } = message as RequestStart;
    const started = process.hrtime.bigint();
    const requestId = requestIdFor(request.headers[REQUEST_ID_HEADER], options.trustedHops);
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    // A request taken while shutting down (on a connection kept alive) is answered, and its connection ends.
    if (traffic.draining) response.setHeader("connection", "close");
    traffic.servers.add(server);
    traffic.inFlight.add(response);
    enterRequest({ requestId });
    const method = request.method ?? "GET";
    const url = request.url;
    response.once("close", () => {
      traffic.inFlight.delete(response);
      const route = routeOf(url, routes);
      const status = response.writableFinished ? response.statusCode : "aborted";
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      countRequest(method, route, String(status), seconds);
      const quiet = route.startsWith("/_next") || route.startsWith("/api/health/");
      logger[quiet ? "debug" : "info"]({ method, route, status, seconds: Math.round(seconds * 1000) / 1000 }, "request");
      if (traffic.inFlight.size === 0) for (const notify of traffic.settled) notify();
    });
  });
}

/**
 * Stops taking requests: the servers stop listening and close their idle connections; a request on
 * a connection still open is answered with `Connection: close`. Resolves true once no response is
 * in flight, false if that took longer than `timeoutMs`.
 */
export function stopTakingRequests(timeoutMs: number): Promise<boolean> {
  const traffic = globalThis.portalHttpTraffic;
  if (!traffic) return Promise.resolve(true);
  traffic.draining = true;
  for (const response of traffic.inFlight) if (!response.headersSent) response.setHeader("connection", "close");
  for (const server of traffic.servers) {
    server.close();
    server.closeIdleConnections();
  }
  if (traffic.inFlight.size === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (settled: boolean) => {
      clearTimeout(timer);
      traffic.settled.delete(onSettled);
      resolve(settled);
    };
    const onSettled = () => {
      for (const server of traffic.servers) server.closeIdleConnections();
      done(true);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    traffic.settled.add(onSettled);
  });
}
