import { defineConfig, devices } from "@playwright/test";
import { POSTGRES_SERVERS, SERVERS, baseUrl, postgresDatabaseUrl } from "./e2e/support/servers";

/**
 * End-to-end specs run against the production build (next build, then next start) in Debian's
 * Chromium. Every spec of a page with a form runs in both projects: JavaScript on and off.
 * PORTAL_TODAY pins the service date so that periods and deadlines are stable: see e2e/support/servers.ts.
 * The default baseURL is the server inside the 2026 registration periods; a spec that needs
 * another date uses test.use({ baseURL: baseUrl("late") }).
 */
const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  },
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  // Long journeys (five pages, an axe scan on each) on two cores shared with five servers.
  timeout: 60_000,
  use: { baseURL: baseUrl("centralized"), trace: "retain-on-failure", locale: "zh-CN" },
  projects: [
    { name: "js", use: { ...chromium, javaScriptEnabled: true } },
    { name: "no-js", use: { ...chromium, javaScriptEnabled: false } },
  ],
  webServer: [
    // A fresh embedded database per run, so that sign-in specs find the demo people unbound.
    ...Object.values(SERVERS).map((server) => demoServer(server)),
    ...postgresServers(),
  ],
});

/** A demo production server with its service date pinned, on a data directory of its own made fresh. */
function demoServer({ port, today }: { port: number; today: string }, database?: { name: string; url: string }) {
  // On PostgreSQL the database is made fresh too (the data directory still holds the demo secrets).
  const fresh = database ? ` && npx tsx e2e/support/fresh-database.ts ${database.name}` : "";
  return {
    command: `rm -rf .data/e2e-${port} .data/e2e-${port}.lock${fresh} && npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/zh-Hans`,
    timeout: 120_000,
    reuseExistingServer: !process.env.CI,
    env: {
      PORTAL_TODAY: today,
      PORTAL_DEMO: "1",
      PORTAL_DATA_DIR: `.data/e2e-${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
      ...(database ? { DATABASE_URL: database.url } : {}),
    },
  };
}

/** The office spec's servers on PostgreSQL, when the run has a cluster (e2e/support/servers.ts). */
function postgresServers() {
  const cluster = process.env.E2E_DATABASE_URL;
  if (!cluster) return [];
  return Object.values(POSTGRES_SERVERS).map((server) => demoServer(server, postgresDatabaseUrl(cluster, server.port)));
}
