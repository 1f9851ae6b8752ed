import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end specs run against the production build (next build, then next start) in Debian's
 * Chromium. Every spec of a page with a form runs in both projects: JavaScript on and off.
 * PORTAL_TODAY pins the service date so that periods and deadlines are stable.
 */
const PORT = Number(process.env.E2E_PORT ?? 3210);
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
  use: { baseURL: `http://127.0.0.1:${PORT}`, trace: "retain-on-failure", locale: "zh-CN" },
  projects: [
    { name: "js", use: { ...chromium, javaScriptEnabled: true } },
    { name: "no-js", use: { ...chromium, javaScriptEnabled: false } },
  ],
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/zh-Hans`,
    timeout: 120_000,
    reuseExistingServer: !process.env.CI,
    env: { PORTAL_TODAY: process.env.PORTAL_TODAY ?? "2025-11-20", NEXT_TELEMETRY_DISABLED: "1" },
  },
});
