import { readFileSync } from "node:fs";
import path from "node:path";

export type RouteTable = { exact: Set<string>; patterns: { page: string; regex: RegExp }[] };

const EMPTY: RouteTable = { exact: new Set(), patterns: [] };

/**
 * The app's routes as the build wrote them (`.next/routes-manifest.json`: each page and route
 * handler with its pattern, most specific first), so that a request is named by the route it
 * matched and never by its path, which carries ids, notice numbers and tokens. Without a build
 * (a development server that has not written one yet) the table is empty and every page is "(other)".
 */
export function readRouteTable(distDir = path.join(process.cwd(), ".next")): RouteTable {
  try {
    const manifest = JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")) as {
      staticRoutes?: { page: string }[];
      dynamicRoutes?: { page: string; regex: string }[];
    };
    return {
      exact: new Set((manifest.staticRoutes ?? []).map((route) => route.page)),
      patterns: (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) })),
    };
  } catch {
    return EMPTY;
  }
}

/** The route a request path belongs to: a page or route pattern, Next.js's own files, or "(other)". */
export function routeOf(url: string | undefined, table: RouteTable): string {
  const pathname = (url ?? "/").split("?")[0]!.replace(/(.)\/+$/, "$1");
  if (table.exact.has(pathname)) return pathname;
  if (pathname.startsWith("/_next/")) return pathname.startsWith("/_next/static/") ? "/_next/static" : "/_next";
  return table.patterns.find((route) => route.regex.test(pathname))?.page ?? "(other)";
}
