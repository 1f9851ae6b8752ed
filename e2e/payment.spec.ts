import { expect, test, type Page } from "@playwright/test";
import { isValidNoticeNumber } from "../lib/numbers/notice-number";
import { expectAccessible as axeCheck } from "./support/axe";
import { baseUrl } from "./support/servers";
import { demoPerson, signIn } from "./support/sign-in";

/**
 * J5 against the real servers: the portal issues the notice, the sandbox cashier (its own route
 * group, same server) takes the payment and POSTs the signed confirmation back over HTTP. Both
 * projects (JavaScript on and off) share each server's database, so each pays for different people.
 */
test.describe.configure({ mode: "serial", timeout: 90_000 });

// Inside the 2026 periods on a server of its own (e2e/support/servers.ts): the residents who pay here are
// the ones whose first sign-in the sign-in spec checks on the centralized server.
test.use({ baseURL: baseUrl("payments") });

const scripted = () => test.info().project.name !== "no-js";
const CAST = {
  js: { registers: "赵一鸣", renews: "林志强" },
  "no-js": { registers: "梁嘉欣", renews: "钱卫东" },
};
const cast = () => CAST[scripted() ? "js" : "no-js"];

async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  await axeCheck(page);
}

/** /pay → "get a payment notice" for the only payable item → the notice page; returns its number. */
async function getNotice(page: Page): Promise<string> {
  await page.goto("/zh-Hans/pay");
  await expectAccessible(page);
  await page.getByRole("button", { name: /获取缴费通知/ }).first().click();
  await expect(page).toHaveURL(/\/zh-Hans\/pay\/JF\d{13}[\dX]$/);
  const number = page.url().split("/").pop()!;
  expect(isValidNoticeNumber(number)).toBe(true);
  return number;
}

/** The cashier: the amount shown, then pay (or fail, or cancel); back on the notice page. */
async function atCashier(page: Page, amount: string, button: RegExp) {
  await expect(page).toHaveURL(/\/sandbox-cashier\?order=/);
  await expect(page.getByTestId("cashier-amount")).toHaveText(amount);
  await page.getByRole("button", { name: button }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/pay\/JF\d+[\dX]\?cashier=/);
}

/** J3 for oneself, straight through (the registration spec tests its steps). */
async function registerSelf(page: Page, name: string) {
  const me = demoPerson(name);
  await page.goto("/zh-Hans/register");
  await page.getByLabel(`我自己（${name}）`).check();
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await page.getByRole("button", { name: "信息无误，继续" }).click();
  await page.getByLabel("联系电话").fill(me.phone);
  if (me.permit) await page.getByLabel("居住证号码").fill(me.permit.number ?? me.idNumber);
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await page.getByRole("button", { name: "提交参保登记" }).click();
  await expect(page).toHaveURL(/\/register\/done\?ref=CX/);
}

async function pdfPages(page: Page): Promise<number> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  await page.emulateMedia({ media: "screen" });
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test("register, get the notice, pay at the cashier, print the receipt", async ({ page }) => {
  const { registers } = cast();
  const me = demoPerson(registers);
  await signIn(page, registers);
  await registerSelf(page, registers);

  const number = await getNotice(page);
  await expect(page.getByTestId("notice-status")).toHaveText("待缴费");
  await expect(page.getByText("¥780.00（以税务部门核定金额为准）")).toBeVisible();
  await expect(page.getByTestId("cover-if-paid-today")).toContainText("2026年1月1日");
  await expect(page.getByText(/九大合作银行网点柜面/)).toBeVisible();
  await expect(page.getByText(/缴费通知号 JF 2026/)).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain(me.idNumber);
  expect(html).not.toContain(me.phone);
  await expectAccessible(page);

  await page.getByRole("button", { name: "去支付 ¥780.00" }).click();
  await expect(page.getByTestId("cashier-notice")).toContainText(number.slice(2, 6));
  await axeCheck(page);
  await atCashier(page, "¥780.00", /确认支付/);
  await expect(page.getByTestId("notice-status")).toHaveText("已缴费");
  await expect(page.getByTestId("coverage")).toContainText("2026年1月1日至2026年12月31日，共365天");
  await expectAccessible(page);

  await page.getByRole("link", { name: "查看并打印缴费凭证" }).click();
  await expect(page).toHaveURL(new RegExp(`/pay/${number}/receipt$`));
  const receipt = page.getByTestId("receipt");
  await expect(receipt.getByRole("heading", { level: 1 })).toHaveText("城乡居民基本医疗保险参保缴费凭证");
  await expect(receipt).toContainText(`**************${me.idNumber.slice(-4)}`);
  await expect(receipt).toContainText("¥780.00");
  await expect(receipt).toContainText("2026年1月1日 – 2026年12月31日");
  await expect(receipt.locator("svg")).toHaveCount(1);
  expect(await page.content()).not.toContain(me.idNumber);
  await expectAccessible(page);
  expect(await pdfPages(page)).toBe(1);

  // My enrollments shows it paid.
  await page.goto("/zh-Hans/me/enrollments");
  await expect(page.getByTestId("enrollment").first().getByTestId("enrollment-status")).toContainText("已缴费");
});

test("renew without registering: a failed attempt takes nothing, the next one pays; repeated callbacks pay once", async ({ page }) => {
  const { renews } = cast();
  await signIn(page, renews);
  // The cashier sends each confirmation three times at once from now on (harmless to the other tests: they are answered the same).
  await page.goto("/sandbox-cashier/settings");
  await page.getByLabel(/每笔回调次数/).fill("3");
  await page.getByRole("button", { name: /保存/ }).click();
  await expect(page.getByText("已保存 · Saved")).toBeVisible();

  await page.goto("/zh-Hans/pay");
  await expect(page.getByText(/2026年度续保，无需登记：应缴 ¥780.00/)).toBeVisible();
  const number = await getNotice(page);
  await page.getByRole("button", { name: "去支付 ¥780.00" }).click();
  await atCashier(page, "¥780.00", /模拟支付失败/);
  await expect(page.getByText("支付没有成功，没有扣款")).toBeVisible();
  await expect(page.getByTestId("notice-status")).toHaveText("待缴费");

  await page.getByRole("button", { name: "去支付 ¥780.00" }).click();
  await atCashier(page, "¥780.00", /确认支付/);
  await expect(page.getByTestId("notice-status")).toHaveText("已缴费");
  await expect(page.getByTestId("refund")).toHaveCount(0);

  await page.goto("/sandbox-cashier/settings");
  const row = page.getByRole("row").filter({ hasText: number }).filter({ hasText: "paid" });
  await expect(row).toContainText("3/3 · HTTP 200");

  // The same notice cannot be paid twice from the portal: no pay button on a paid notice.
  await page.goto(`/zh-Hans/pay/${number}`);
  await expect(page.getByRole("button", { name: /去支付/ })).toHaveCount(0);
  await page.goto("/zh-Hans/pay");
  await expect(page.getByText(new RegExp(`${number.slice(2, 6)}.*已缴费`))).toBeVisible();
});

test.describe("after the period (2026-03-10): cover fixed by the payment date, a confirmation that arrives late", () => {
  test.use({ baseURL: baseUrl("late") });

  test("the page waits for the late confirmation and shows the cover it bought", async ({ page }) => {
    test.setTimeout(120_000);
    const { renews } = cast();
    await signIn(page, renews);
    await page.goto("/sandbox-cashier/settings");
    await page.getByLabel(/回调延迟/).fill("4");
    await page.getByRole("button", { name: /保存/ }).click();
    await getNotice(page);
    await expect(page.getByTestId("cover-if-paid-today")).toContainText("2026年6月10日");
    await page.getByRole("button", { name: "去支付 ¥780.00" }).click();
    await atCashier(page, "¥780.00", /确认支付/);
    await expect(page.getByTestId("notice-status")).toHaveText("已付款，等待到账确认");
    await expectAccessible(page);
    if (scripted()) {
      // react-query polls; the page updates without a reload.
      await expect(page.getByTestId("notice-status")).toHaveText("已缴费", { timeout: 20_000 });
    } else {
      await page.waitForTimeout(5_000);
      await page.getByRole("link", { name: "刷新状态" }).click();
      await expect(page.getByTestId("notice-status")).toHaveText("已缴费");
    }
    await expect(page.getByTestId("coverage")).toContainText("2026年6月10日至2026年12月31日");
  });
});

test.describe("宁夏 late in the year (2026-10-20): a payment that buys no cover needs a confirmation", () => {
  test.use({ baseURL: baseUrl("yearEnd") });
  // 宁夏's 2027 registration (projected) opens on 10-29; until then a late payment for 2026 waits 90 days: past the year's end.
  const YEAR_END = { js: { name: "张伟", registers: false }, "no-js": { name: "李明", registers: true } };

  test("paying without ticking the box is refused with the reason; ticked, it goes through", async ({ page }) => {
    const { name, registers } = YEAR_END[scripted() ? "js" : "no-js"];
    await signIn(page, name);
    if (registers) await registerSelf(page, name);
    await getNotice(page);
    // The late fee (补缴) applies from 2026-07-01.
    await expect(page.getByText("¥1,100.00", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "今天缴费，2026年度没有医保待遇" })).toBeVisible();
    await page.getByRole("button", { name: "去支付 ¥1,100.00" }).click();
    await expect(page).toHaveURL(/confirm=missing/);
    await expect(page.locator("#error-summary")).toContainText("请先勾选确认");
    await expectAccessible(page);
    await page.getByLabel("我已了解：今天缴费，2026年度没有医保待遇").check();
    await page.getByRole("button", { name: "去支付 ¥1,100.00" }).click();
    await atCashier(page, "¥1,100.00", /确认支付/);
    await expect(page.getByTestId("notice-status")).toHaveText("已缴费");
    await expect(page.getByTestId("coverage")).toContainText("2026年度没有待遇");
  });
});
