import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";

const LOCALES = ["zh-Hans", "zh-Hant", "en"] as const;

test.describe("locale negotiation", () => {
  for (const [acceptLanguage, locale] of [
    ["zh-TW,zh;q=0.9", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-CN,en;q=0.5", "zh-Hans"],
    ["en-US,en;q=0.9", "en"],
    ["fr-FR", "zh-Hans"],
  ] as const) {
    test(`Accept-Language ${acceptLanguage} → /${locale}`, async ({ request }) => {
      const response = await request.get("/sources", { headers: { "accept-language": acceptLanguage }, maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers()["location"]).toMatch(new RegExp(`/${locale}/sources$`));
    });
  }
});

test.describe("service hall", () => {
  for (const locale of LOCALES) {
    test(`home page in ${locale}`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // A tile per journey of JOURNEYS.md, and the policy sources in the footer.
      await expect(page.locator("#services-heading + ul > li")).toHaveCount(6);
      await expect(page.getByRole("contentinfo").getByRole("link")).toHaveCount(6);
      await expectAccessible(page);
    });
  }

  test("shows the key dates of the open registration period", async ({ page }) => {
    // PORTAL_TODAY is 2025-11-20 in the test server: both 2026 periods are open.
    await page.goto("/zh-Hans");
    await expect(page.getByRole("heading", { name: "2026年度参保重要日期" }).first()).toBeVisible();
    await expect(page.getByText("2025年9月15日 至 2025年12月25日")).toBeVisible();
    // Ningxia registers and pays in the same period.
    await expect(page.getByText("2025年10月29日 至 2025年12月31日")).toHaveCount(2);
  });

  test("家庭共济 (the last journey built) asks a visitor who is not signed in to sign in", async ({ page }) => {
    await page.goto("/zh-Hans");
    await page.getByRole("link", { name: "家庭共济" }).first().click();
    await expect(page).toHaveURL(/\/zh-Hans\/sign-in/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("用手机号码登录");
    await expectAccessible(page);
  });

  test("an unknown page is a translated 404", async ({ page }) => {
    const response = await page.goto("/en/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectAccessible(page);
  });
});

test.describe("language switcher", () => {
  test("stays on the current page", async ({ page }) => {
    await page.goto("/zh-Hans/sources/ningbo-2026-enrollment");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/sources\/ningbo-2026-enrollment$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "繁體中文" }).click();
    await expect(page).toHaveURL(/\/zh-Hant\/sources\/ningbo-2026-enrollment$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("寧波市2026年度城鄉居民醫保參保繳費事項與問答");
  });
});

test.describe("policy sources", () => {
  test("every document is listed and has an anchor per clause", async ({ page }) => {
    await page.goto("/zh-Hans/sources");
    await expect(page.getByRole("main").getByRole("listitem")).toHaveCount(5);
    await expectAccessible(page);
  });

  for (const [doc, clause, text] of [
    ["ningbo-2026-enrollment", "二(一)1(5)", "18周歲以上的成年居民"],
    ["ningbo-2026-enrollment", "问答四", "新生兒在出生后90天內"],
    ["ningxia-2026-notice-108", "一(三)", "1100元/人"],
    ["fenghua-2022-faq", "一", "哪些人可以参加城乡居民医保"],
  ] as const) {
    test(`${doc}#${clause} lands on its clause`, async ({ page }) => {
      await page.goto(`/zh-Hans/sources/${doc}#${encodeURIComponent(clause)}`);
      const target = page.locator(`[id="${clause}"]`);
      await expect(target).toContainText(text);
      await expect(target).toBeInViewport();
      await expectAccessible(page);
    });
  }

  test("an unknown document is a 404", async ({ request }) => {
    const response = await request.get("/zh-Hans/sources/no-such-document");
    expect(response.status()).toBe(404);
  });
});

test.describe("security headers", () => {
  test("are sent with every page", async ({ request }) => {
    const response = await request.get("/zh-Hans");
    const headers = response.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
    expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
});
