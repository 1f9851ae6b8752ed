import { expect, test, type Browser, type Page } from "@playwright/test";
import { maskPhone } from "../lib/identity/phone";
import { expectAccessible as axeCheck } from "./support/axe";
import { baseUrl } from "./support/servers";
import { demoPerson, signIn } from "./support/sign-in";

/**
 * J6 家庭共济 against the real servers. Both projects (JavaScript on and off) share each server's
 * database, and a phone may ask for a sign-in code once a minute, so each project has its own
 * people (README "Demo people"): nobody here signs in in another spec.
 */
test.describe.configure({ mode: "serial", timeout: 120_000 });

const scripted = () => test.info().project.name !== "no-js";
const CAST = {
  // js: a Hangzhou employee pays for a father insured in Ningbo (问答五 example 1: the Ningbo channel); he confirms by code.
  js: { payer: "孙立新", parent: "孙德明", short: "吴俊峰", shortParent: "吴国强", noEmployee: "林思远", nxPayer: "杨春林", nxParent: "杨建军" },
  // no-js: a Ningbo employee pays for her father; he approves on his own page.
  "no-js": { payer: "周美华", parent: "周建华", short: "吴俊丽", shortParent: "王丽娟", noEmployee: "孙浩然", nxPayer: "杨春燕", nxParent: "白秀兰" },
};
const cast = () => CAST[scripted() ? "js" : "no-js"];

async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  await axeCheck(page);
}

/** A second person at the same server (their own cookies), JavaScript as in the project. */
async function otherPerson(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: scripted(), locale: "zh-CN" });
  return context.newPage();
}

/** The 家庭共济 code in the demo outbox for this relative's phone. */
async function bindingCode(page: Page, phone: string): Promise<string> {
  const outbox = await page.context().newPage();
  await outbox.goto("/zh-Hans/dev/outbox");
  const text = await outbox.locator(`tr[data-phone="${maskPhone(phone)}"]`).filter({ hasText: "家庭共济" }).first().innerText();
  await outbox.close();
  const code = /验证码(\d{6})/.exec(text)?.[1];
  if (!code) throw new Error("no binding code");
  return code;
}

const yuan = (text: string) => Number(text.replace(/[^\d.]/g, ""));

/** /family → 申请绑定 for this relative → the binding page; returns its path. */
async function askToBind(page: Page, relative: string): Promise<string> {
  await page.goto("/zh-Hans/family");
  await expectAccessible(page);
  await page.getByRole("button", { name: `申请绑定 ${relative}` }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/family\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`等待${relative}确认绑定`);
  return new URL(page.url()).pathname;
}

/** The payer enters the code the relative read out. */
async function confirmByCode(page: Page, relative: string) {
  await expect(page.getByText(`验证码已发送到${relative}登记的手机 ${maskPhone(demoPerson(relative).phone)}`)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("6位验证码").fill("12345");
  await page.getByRole("button", { name: "确认绑定" }).click();
  await expect(page.locator("#field-code-error")).toContainText("验证码是6位数字");
  await page.getByLabel("6位验证码").fill(await bindingCode(page, demoPerson(relative).phone));
  await page.getByRole("button", { name: "确认绑定" }).click();
  await expect(page.getByTestId("binding-banner")).toHaveText(`已与${relative}绑定家庭共济。`);
}

test("bind a parent, the parent confirms, pay the parent's notice from the balance, the receipt, revoke", async ({ page, browser }) => {
  const { payer, parent } = cast();
  await signIn(page, payer);
  await page.goto("/zh-Hans/family");
  await expect(page.getByTestId("family-standing")).toContainText("可以");
  await expect(page.getByTestId("family-balance")).toContainText("¥");
  await expect(page.getByTestId("family-why").getByRole("link").first()).toHaveAttribute("href", /\/zh-Hans\/sources\/ningbo-2026-enrollment#/);
  const bindingPath = await askToBind(page, parent);

  const relative = await otherPerson(browser);
  if (scripted()) {
    await confirmByCode(page, parent);
    await signIn(relative, parent);
    await expect(relative.getByTestId("family-payer")).toContainText(`${payer}（你的子女）可以用其个人账户为你缴费`);
  } else {
    await signIn(relative, parent);
    await expect(relative.getByTestId("family-for-me")).toContainText(`${payer}（你的子女）于`);
    await expectAccessible(relative);
    await relative.getByRole("button", { name: `同意 ${payer}` }).click();
    await expect(relative.getByTestId("family-payer")).toContainText(`${payer}（你的子女）可以用其个人账户为你缴费`);
  }

  // The parent gets the 2026 notice as usual (J5).
  await relative.goto("/zh-Hans/pay");
  await relative.getByRole("button", { name: /获取缴费通知/ }).first().click();
  await expect(relative).toHaveURL(/\/zh-Hans\/pay\/JF\d{13}[\dX]$/);
  const number = relative.url().split("/").pop()!;

  // The payer sees the balance before and after first, and the channel.
  await page.goto(bindingPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`与${parent}的家庭共济`);
  await expectAccessible(page);
  await page.getByRole("link", { name: /用历年账户缴费/ }).click();
  await expect(page).toHaveURL(new RegExp(`${bindingPath}/pay/${number}$`));
  await expectAccessible(page);
  const amount = yuan(await page.getByTestId("pay-amount").innerText());
  const before = yuan(await page.getByTestId("balance-before").innerText());
  const after = yuan(await page.getByTestId("balance-after").innerText());
  expect(amount).toBeGreaterThan(0);
  expect(after).toBeCloseTo(before - amount, 2);
  await expect(page.getByTestId("pay-channel")).toContainText("宁波市税务局");
  await page.getByRole("button", { name: /确认从历年账户缴费/ }).click();
  await expect(page).toHaveURL(new RegExp(`${bindingPath}\\?paid=${number}$`));
  await expect(page.getByTestId("binding-banner")).toContainText(`已用你的历年账户为${parent}缴费`);
  expect(yuan((await page.getByTestId("binding-banner").innerText()).split("账户余额现为")[1]!)).toBeCloseTo(after, 2);
  await expect(page.getByTestId("binding-notice").first()).toContainText("已缴费");

  await page.goto("/zh-Hans/family");
  await expect(page.getByTestId("family-history")).toContainText(`为${parent}缴费`);
  await expect(page.getByTestId("family-balance")).toContainText(after.toLocaleString("en-US", { minimumFractionDigits: 2 }));
  const html = await page.content();
  expect(html).not.toContain(demoPerson(parent).idNumber);
  expect(html).not.toContain(demoPerson(parent).phone);

  // The parent: the receipt names the channel; their 我的 lists the debit made for them.
  await relative.goto(`/zh-Hans/pay/${number}/receipt`);
  await expect(relative.getByText("家庭共济（职工医保历年账户）")).toBeVisible();
  await expectAccessible(relative);
  await relative.goto("/zh-Hans/me");
  await expect(relative.getByTestId("family-payments-for-me")).toContainText(`${payer}为你缴费`);

  // Revoke, with a confirmation step.
  await page.goto(bindingPath);
  await page.getByRole("link", { name: `撤销与${parent}的绑定` }).click();
  await expect(page).toHaveURL(new RegExp(`${bindingPath}/revoke$`));
  await expectAccessible(page);
  await page.getByRole("button", { name: "确认撤销" }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/family\?done=revoked$/);
  await expect(page.getByText("绑定已撤销")).toBeVisible();
  await expect(page.getByRole("button", { name: `申请绑定 ${parent}` })).toBeVisible();
  await relative.goto("/zh-Hans/me");
  await expect(relative.getByTestId("family-ended")).toContainText(`与${payer}的绑定已于`);
  await relative.context().close();
});

test("a balance too small is refused with the balance shown, nothing debited", async ({ page }) => {
  const { short, shortParent } = cast();
  await signIn(page, short);
  await askToBind(page, shortParent);
  await confirmByCode(page, shortParent);
  await page.getByRole("link", { name: /用历年账户缴费/ }).click();
  await expect(page.getByTestId("pay-refused")).toContainText(`余额不足，不能缴费：你的历年账户余额是 ¥${scripted() ? "100.00" : "80.00"}`);
  await expect(page.getByRole("button", { name: /确认从历年账户缴费/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.goto("/zh-Hans/family");
  await expect(page.getByTestId("family-balance")).toContainText(scripted() ? "¥100.00" : "¥80.00");
  await expect(page.getByTestId("family-history")).toHaveCount(0);
});

test("someone without employee insurance is told why not, with the clause", async ({ page }) => {
  await signIn(page, cast().noEmployee);
  await page.goto("/zh-Hans/family");
  await expect(page.getByTestId("family-standing")).toContainText("不可以");
  await expect(page.getByTestId("family-why")).toContainText("只有参加职工医保的人才能用个人账户历年结余为亲属缴费");
  await expect(page.getByTestId("family-why").getByRole("link")).toHaveAttribute("href", /\/zh-Hans\/sources\/ningbo-2026-enrollment#/);
  await expect(page.getByRole("button", { name: /申请绑定/ })).toHaveCount(0);
  await expectAccessible(page);
});

test.describe("Ningxia 代缴返还 (the relative paid on 2025-11-18)", () => {
  test("bind, and a claim on 2025-11-20 is refused with the day it opens", async ({ page }) => {
    const { nxPayer, nxParent } = cast();
    await signIn(page, nxPayer);
    await askToBind(page, nxParent);
    await confirmByCode(page, nxParent);
    await expect(page.getByTestId("claim-opens")).toContainText("代缴返还从2025年11月21日起可以申请");
    await expectAccessible(page);
    await page.getByRole("button", { name: /申请代缴返还/ }).click();
    await expect(page.getByTestId("binding-banner")).toHaveText("还不能申请：代缴返还从2025年11月21日起才能申请。");
    await expectAccessible(page);
  });

  test.describe("on 2026-03-10", () => {
    test.use({ baseURL: baseUrl("late") });

    test("bind, claim, and follow its status", async ({ page }) => {
      const { nxPayer, nxParent } = cast();
      await signIn(page, nxPayer);
      await askToBind(page, nxParent);
      await confirmByCode(page, nxParent);
      await page.getByRole("button", { name: /申请代缴返还/ }).click();
      await expect(page.getByTestId("binding-banner")).toContainText("代缴返还申请已提交");
      await expect(page.getByTestId("claim-status")).toContainText("已提交，等待医保部门办理");
      await expectAccessible(page);
      await page.goto("/zh-Hans/family");
      await expect(page.getByTestId("family-claims")).toContainText(`${nxParent}的缴费`);
      await expect(page.getByTestId("family-claims")).toContainText("已提交，等待医保部门办理");
      await expectAccessible(page);
    });
  });
});
