import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { securityHeaders } from "./lib/security-headers";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/web/action-body-limit";

const isDev = process.env.NODE_ENV === "development";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // PGlite loads its WebAssembly and data files from its own package folder at run time.
  serverExternalPackages: ["@electric-sql/pglite"],
  // Development logs every server action's arguments by default: phones and ID numbers are never logged.
  logging: { serverFunctions: false },
  // Server actions read at most this much (Next.js counts a body without Content-Length as it streams);
  // proxy.ts refuses a declared larger one with 413 before it is read (docs/decisions/0013).
  experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(isDev) },
      // The office console: never indexed, never kept by a browser or a proxy (a staff member's pages show residents' records).
      { source: "/:locale/office/:path*", headers: [{ key: "X-Robots-Tag", value: "noindex, nofollow" }, { key: "Cache-Control", value: "no-store" }] },
    ];
  },
};

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
export default withNextIntl(nextConfig);
