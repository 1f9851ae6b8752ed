import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { openPglite, registryIsEmpty } from "../lib/db/open";
import { PRODUCTION_SECRETS as secrets, ready, startProduction } from "./support/production-server";
import { ownPort } from "./support/servers";

// Production servers of their own, started and stopped here: once, not once per JavaScript setting.
test.describe("a production start (NODE_ENV=production, no PORTAL_DEMO)", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "server only");
  test.describe.configure({ mode: "serial", timeout: 150_000 });

  for (const missing of Object.keys(secrets)) {
    test(`refuses to begin without ${missing}, naming it`, async () => {
      const server = startProduction(ownPort(Object.keys(secrets).indexOf(missing)), { ...secrets, [missing]: "" });
      try {
        expect(await server.exited).not.toBe(0);
        expect(server.output()).toContain(`${missing} is not set`);
      } finally {
        await server.stop();
      }
    });
  }

  test("refuses to begin with a broken policy pack file, naming the file, the line and the key (issue 15)", async () => {
    const policies = mkdtempSync(path.join(tmpdir(), "policies-"));
    cpSync("content/policies", policies, { recursive: true });
    const file = path.join(policies, "ningbo-2026.yaml");
    const text = readFileSync(file, "utf8").replace("individual: { value: 78000", "individual: { value: -78000");
    writeFileSync(file, text);
    const line = text.split("\n").findIndex((row) => row.includes("-78000")) + 1;
    const server = startProduction(ownPort(5), { ...secrets, PORTAL_POLICIES_DIR: policies });
    try {
      expect(await server.exited).not.toBe(0);
      expect(server.output()).toContain("refusing to start: a policy pack file is broken");
      expect(server.output()).toContain(`ningbo-2026.yaml:${line} fees.adult.individual.value: Must not be negative`);
    } finally {
      await server.stop();
      rmSync(policies, { recursive: true, force: true });
    }
  });

  test("with every secret: no demo people, no outbox, no sandbox cashier, no metrics without their token, today is today, no code in the output, and a graceful stop", async ({ page, request }) => {
    const server = startProduction(ownPort(9), { ...secrets, PORTAL_TODAY: "2025-11-20" });
    try {
      expect(await ready(server), server.output()).toBe(true);
      for (const path of ["/zh-Hans/dev/outbox", "/sandbox-cashier", "/en/dev/outbox", "/metrics"]) {
        expect((await request.get(`${server.url}${path}`)).status(), path).toBe(404);
      }
      const answer = await request.post(`${server.url}/api/v1/eligibility`, { data: { region: "ningbo", person: { birthDate: "1990-05-01", residency: "local-hukou" } } });
      expect(answer.status()).toBe(200);
      const shanghaiToday = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
      expect((await answer.json()).asOf).toBe(shanghaiToday);
      await page.goto(`${server.url}/zh-Hans/sign-in`);
      await page.getByLabel("手机号码").fill("13905740101");
      await page.getByRole("button", { name: "获取验证码" }).click();
      await expect(page).toHaveURL(/\/sign-in\/code/);
      expect(server.output()).toContain("139****0101");
      expect(server.output()).not.toMatch(/(?<!\d)\d{6}(?!\d)/);
      // The log is JSON lines; the SMS line carries the id of the request that sent it, which the response echoed.
      const smsLine = JSON.parse(server.output().split("\n").find((line) => line.includes("139****0101"))!) as Record<string, unknown>;
      expect(smsLine).toMatchObject({ level: "info", msg: "sms outbox: a message", requestId: expect.stringMatching(/^[A-Za-z]{22}$/) });
      expect((await request.get(`${server.url}/api/health/live`)).headers()["x-request-id"]).toMatch(/^[A-Za-z]{22}$/);
      // SIGTERM: no new requests, those in flight answered, the database closed, exit 0.
      await server.stop();
      expect(await server.exited).toBe(0);
      expect(server.output()).toContain("shutting down: closed the database");
    } finally {
      await server.stop();
    }
    const database = await openPglite(server.dataDir);
    try {
      expect(await registryIsEmpty(database.db)).toBe(true);
    } finally {
      await database.close();
    }
  });
});
