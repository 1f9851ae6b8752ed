import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { baseUrl } from "./support/servers";
import { demoPerson } from "./support/sign-in";
import { maskPhone } from "../lib/identity/phone";

/**
 * Elder mode (长辈版) on the identity screens issue 13 added: the proof page, the face check page, the
 * counter route and the old phone's code page. A stranger's phone types a real name and ID number
 * (刘德明: nobody signs in as him on this server), which opens a claim; each page is then checked as
 * e2e/elder-mode.spec.ts checks a page: larger type, strong contrast, targets of 48px, and axe.
 */
test.use({ baseURL: baseUrl("payments") });
test.describe.configure({ timeout: 90_000 });

const PHONES = { js: "13700007701", "no-js": "13700007702" };

async function elderLooks(page: Page) {
  await expect(page.getByText("当前为长辈版")).toBeVisible();
  const fontSize = await page.locator("main p").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(20);
  const smallTargets = await page.locator("main a, main button, main input").evaluateAll((elements) =>
    elements.filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 48).map((el) => el.outerHTML.slice(0, 80)),
  );
  expect(smallTargets).toEqual([]);
  await expectAccessible(page);
}

async function outboxCode(page: Page, phone: string): Promise<string> {
  const outbox = await page.context().newPage();
  await outbox.goto("/zh-Hans/dev/outbox");
  const text = await outbox.locator(`tr[data-phone="${maskPhone(phone)}"]`).first().innerText();
  await outbox.close();
  return /\d{6}/.exec(text)?.[0] ?? "";
}

test("the face check, counter and old-phone pages in elder mode", async ({ page, context }) => {
  const phone = PHONES[test.info().project.name === "no-js" ? "no-js" : "js"];
  const person = demoPerson("刘德明");
  await context.addCookies([{ name: "portal-elder", value: "1", url: baseUrl("payments") }]);

  await page.goto("/zh-Hans/sign-in");
  await page.getByLabel("手机号码").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page).toHaveURL(/\/sign-in\/code/);
  await page.getByLabel("6位验证码").fill(await outboxCode(page, phone));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\/real-name$/);
  await page.getByLabel("姓名", { exact: true }).fill(person.name);
  await page.getByLabel("身份证号码", { exact: true }).fill(person.idNumber);
  await page.getByRole("button", { name: "确认身份" }).click();

  await expect(page).toHaveURL(/\/sign-in\/real-name\/confirm$/);
  await elderLooks(page);

  await page.getByRole("link", { name: "去窗口要带什么、会问什么" }).click();
  await expect(page).toHaveURL(/\/sign-in\/real-name\/counter$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("到医保服务窗口办理实名绑定");
  await elderLooks(page);

  await page.goto("/zh-Hans/sign-in/real-name/confirm");
  await page.getByRole("button", { name: "开始刷脸认证" }).click();
  await expect(page).toHaveURL(/\/sign-in\/real-name\/face$/);
  await elderLooks(page);

  await page.goto("/zh-Hans/sign-in/real-name/confirm");
  await page.getByRole("button", { name: "给已绑定的号码发送验证码" }).click();
  await expect(page).toHaveURL(/\/sign-in\/real-name\/old-phone$/);
  await expect(page.getByLabel("6位验证码")).toBeVisible();
  await elderLooks(page);
});
