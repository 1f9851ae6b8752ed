import { defineConfig, devices } from "@playwright/test";
import { SERVERS, baseUrl } from "./e2e/support/servers";

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
  timeout: 30_000,
  use: { baseURL: baseUrl("centralized"), trace: "retain-on-failure", locale: "zh-CN" },
  projects: [
    { name: "js", use: { ...chromium, javaScriptEnabled: true } },
    { name: "no-js", use: { ...chromium, javaScriptEnabled: false } },
  ],
  webServer: Object.values(SERVERS).map(({ port, today }) => ({
    // A fresh embedded database per run, so that sign-in specs find the demo people unbound.
    command: `rm -rf .data/e2e-${port} .data/e2e-${port}.lock && npx next start -p ${port} -H 127.0.0.1`,
    url: `http://127.0.0.1:${port}/zh-Hans`,
    timeout: 120_000,
    reuseExistingServer: !process.env.CI,
    env: {
      PORTAL_TODAY: today,
      PORTAL_DEMO: "1",
      PORTAL_DATA_DIR: `.data/e2e-${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  })),
});
