import type http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { observeHttpRequests } from "./http-requests";
import { shutDown } from "./shutdown";
import { captureLogs, deferred, get, listen } from "./testing";

let server: http.Server;
let port: number;
const entered = deferred();
const release = deferred();
const logs = captureLogs();
const steps: string[] = [];
beforeAll(async () => {
  observeHttpRequests({ trustedHops: 0, routes: { exact: new Set(), patterns: [] } });
  ({ server, port } = await listen(async (_request, response) => {
    entered.resolve();
    await release.promise;
    response.end("done", () => steps.push("answered"));
  }));
});
afterAll(() => {
  logs.restore();
  server.closeAllConnections();
});

describe("a graceful stop", () => {
  it("takes no new request, answers the one in flight, then closes the database and exits 0", async () => {
    const inFlight = get(port, "/slow");
    await entered.promise;
    const stopping = shutDown("SIGTERM", {
      closeDatabase: async () => void steps.push("database closed"),
      exit: (code) => void steps.push(`exit ${code}`),
    });
    await expect(get(port, "/new")).rejects.toThrow(/ECONNREFUSED/);
    expect(steps).toEqual([]);
    release.resolve();
    const answer = await inFlight;
    await stopping;
    expect(answer).toMatchObject({ status: 200, body: "done", headers: { connection: "close" } });
    expect(steps).toEqual(["answered", "database closed", "exit 0"]);
    expect(logs.lines().map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual(
      expect.arrayContaining(["shutting down: taking no new requests", "shutting down: closed the database"]),
    );
  });

  it("exits 1 when the database will not close", async () => {
    const codes: number[] = [];
    await shutDown("SIGINT", { closeDatabase: () => Promise.reject(new Error("stuck")), exit: (code) => void codes.push(code), timeoutMs: 1000 });
    expect(codes).toEqual([1]);
  });
});
