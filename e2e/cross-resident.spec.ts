import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { baseUrl } from "./support/servers";
import { signIn } from "./support/sign-in";

/**
 * Issue 13's browser check: a signed-in resident who opens another resident's notice, receipt or
 * notice status gets the not-found answer (404), exactly as for a number that does not exist — never
 * the other resident's data. B finds their own notice first (the demo registry gave them a paid 2026
 * notice) and sees it; then A, unrelated, tries B's addresses.
 */
test.use({ baseURL: baseUrl("payments") });
test.describe.configure({ timeout: 90_000 });

// Residents nobody else signs in as on this server; each project its own pair (they share the server's database).
const CAST = { js: { a: "吴国强", b: "杨建军" }, "no-js": { a: "王丽娟", b: "白秀兰" } };

test("another resident's notice, receipt and status answer 404", async ({ page, browser }) => {
  const { a, b } = CAST[test.info().project.name === "no-js" ? "no-js" : "js"];

  const theirs = await browser.newContext({ baseURL: baseUrl("payments"), javaScriptEnabled: test.info().project.use.javaScriptEnabled, locale: "zh-CN" });
  const bPage = await theirs.newPage();
  await signIn(bPage, b);
  await bPage.goto("/zh-Hans/pay");
  const href = await bPage.locator('main a[href*="/pay/JF"]').first().getAttribute("href");
  const number = href?.split("/").pop() ?? "";
  expect(number).toMatch(/^JF\d{13}[\dX]$/);
  // B sees their own (the control).
  expect((await bPage.goto(`/zh-Hans/pay/${number}`))?.status()).toBe(200);
  expect((await bPage.goto(`/zh-Hans/pay/${number}/receipt`))?.status()).toBe(200);
  await expect(bPage.getByTestId("receipt")).toContainText(b);
  expect((await bPage.request.get(`/api/payments/notices/${number}/status`)).status()).toBe(200);
  await theirs.close();

  await signIn(page, a);
  for (const path of [`/zh-Hans/pay/${number}`, `/zh-Hans/pay/${number}/receipt`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("找不到这个页面");
    expect(await page.content()).not.toContain(b);
    await expectAccessible(page);
  }
  const status = await page.request.get(`/api/payments/notices/${number}/status`);
  expect(status.status()).toBe(404);
  expect(await status.json()).toEqual({ error: { code: "not-found" } });
});
