import http from "node:http";
import type { AddressInfo } from "node:net";
import { writeLogsTo } from "./logger";

/** Captures the logger's lines until `restore()` (tests). */
export function captureLogs(): { lines: () => string[]; text: () => string; restore: () => void } {
  const written: string[] = [];
  const restore = writeLogsTo({ write: (line) => void written.push(line) });
  return { lines: () => written.join("").split("\n").filter(Boolean), text: () => written.join(""), restore };
}

/** The sum of a metric's samples whose labels include `labels`, in Prometheus text (0 when none). */
export function metricValue(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split("\n")) {
    const sample = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!sample || sample[1] !== name) continue;
    const present = Object.fromEntries([...(sample[2] ?? "").matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) sum += Number(sample[3]);
  }
  return sum;
}

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A GET on a connection of its own (no keep-alive pool), for tests of the server hooks. */
export function get(port: number, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.get({ host: "127.0.0.1", port, path, headers, agent: false }, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject);
  });
}

export function listen(handler: http.RequestListener): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer(handler);
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, port: (server.address() as AddressInfo).port })));
}

export function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
