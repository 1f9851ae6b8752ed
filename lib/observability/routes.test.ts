import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readRouteTable, routeOf } from "./routes";

// The shape `next build` writes (.next/routes-manifest.json), most specific route first.
const manifest = {
  staticRoutes: [{ page: "/api/payments/callback" }, { page: "/metrics" }],
  dynamicRoutes: [
    { page: "/api/payments/notices/[number]/status", regex: "^/api/payments/notices/([^/]+?)/status(?:/)?$" },
    { page: "/[locale]", regex: "^/([^/]+?)(?:/)?$" },
    { page: "/[locale]/pay/[number]/receipt", regex: "^/([^/]+?)/pay/([^/]+?)/receipt(?:/)?$" },
    { page: "/[locale]/[...rest]", regex: "^/([^/]+?)/(.+?)(?:/)?$" },
  ],
};

function table() {
  const dir = mkdtempSync(path.join(tmpdir(), "routes-"));
  writeFileSync(path.join(dir, "routes-manifest.json"), JSON.stringify(manifest));
  return readRouteTable(dir);
}

describe("a request is named by its route, never by its path", () => {
  it.each([
    ["/api/payments/callback", "/api/payments/callback"],
    ["/metrics?x=1", "/metrics"],
    ["/api/payments/notices/2026330000123/status", "/api/payments/notices/[number]/status"],
    ["/zh-Hans/pay/2026330000123/receipt/", "/[locale]/pay/[number]/receipt"],
    ["/zh-Hans", "/[locale]"],
    ["/en/sign-in/code?challenge=abc", "/[locale]/[...rest]"],
    ["/_next/static/chunks/app.js", "/_next/static"],
    ["/_next/image?url=x", "/_next"],
    ["/", "(other)"],
  ])("%s → %s", (url, route) => {
    expect(routeOf(url, table())).toBe(route);
  });

  it("without a build every page is (other)", () => {
    expect(routeOf("/zh-Hans/me", readRouteTable(path.join(tmpdir(), "no-such-build")))).toBe("(other)");
  });
});
