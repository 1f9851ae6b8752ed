import { expect, test } from "@playwright/test";
import { openPglite, registryIsEmpty } from "../lib/db/open";
import { ready, startProduction } from "./support/production-server";
import { ownPort } from "./support/servers";

const secrets = {
  PORTAL_SECRET: "e2e-production-secret-0123456789abcdef",
  PORTAL_COOKIE_SECRET: "e2e-production-cookie-secret-0123456789abcdef",
  PORTAL_CASHIER_SECRET: "e2e-production-cashier-secret-0123456789",
  PORTAL_BASE_URL: "https://yibao.example.gov.cn",
};

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

  test("with every secret: no demo people, no outbox, no sandbox cashier, today is today, and no code in the output", async ({ page, request }) => {
    const server = startProduction(ownPort(9), { ...secrets, PORTAL_TODAY: "2025-11-20" });
    try {
      expect(await ready(server), server.output()).toBe(true);
      for (const path of ["/zh-Hans/dev/outbox", "/sandbox-cashier", "/en/dev/outbox"]) {
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
