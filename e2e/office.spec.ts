import { expect, test, type Page } from "@playwright/test";
import { totpCode, totpStep } from "../lib/auth/totp";
import { maskPhone } from "../lib/identity/phone";
import { expectAccessible } from "./support/axe";
import { freshTotpCode, signInAsStaff, signOutStaff } from "./support/office";
import { baseUrl } from "./support/servers";
import { codeFromOutbox, demoPerson } from "./support/sign-in";

/**
 * The office console (issue 14): staff sign-in with a password and an authenticator code, first
 * enrolment, roles, the counter. Both projects share each server's database: each signs in as
 * demo staff through e2e/support/office.ts (which never sends one TOTP step twice) and makes
 * accounts and phones of its own. Failed sign-ins count towards a lockout, so the wrong-password
 * test uses 0005, whom no other test signs in with a wrong password.
 */
const project = () => test.info().project.name;

/** A number no demo staff member has, different per project and per run. */
const newStaffNumber = () => `E${project() === "no-js" ? "N" : "J"}${Date.now().toString(36).slice(-6).toUpperCase()}`;

test("a member of staff signs in with the password and the authenticator's code, and signs out", async ({ page }) => {
  await page.goto("/zh-Hans/office");
  await expect(page).toHaveURL(/\/zh-Hans\/office\/sign-in$/);
  await expectAccessible(page);
  await signInAsStaff(page, "0001");
  await expect(page.getByTestId("office-staff")).toContainText("王晓梅（工号 0001）");
  await expect(page.getByTestId("office-staff")).toContainText("窗口经办 · 全部地区");
  const nav = page.getByRole("navigation", { name: "经办后台导航" });
  for (const link of ["信息更正", "代缴返还", "退费", "救助名单", "统计报表", "操作记录", "窗口绑定手机号"]) await expect(nav.getByRole("link", { name: link })).toBeVisible();
  await expect(nav.getByRole("link", { name: "人员管理" })).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "工作台" })).toBeVisible();
  await expectAccessible(page);
  await signOutStaff(page);
  await expect(page.getByText("您已退出登录。")).toBeVisible();
  await expectAccessible(page);
  await page.goto("/zh-Hans/office");
  await expect(page).toHaveURL(/\/office\/sign-in/);
});

test("a wrong password and a wrong code are refused with messages that say what to do", async ({ page }) => {
  await page.goto("/zh-Hans/office/sign-in");
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page.locator("#error-summary")).toContainText("请输入工号");
  await expect(page.locator("#error-summary")).toContainText("请输入密码");

  // An unknown number and a wrong password get the same answer; the number typed is kept, and the server never sends the password back.
  for (const number of ["0005", newStaffNumber()]) {
    await page.getByLabel("工号").fill(number);
    await page.getByLabel("密码", { exact: true }).fill("not the password");
    await page.getByRole("button", { name: "下一步" }).click();
    await expect(page.locator("#error-summary")).toContainText("工号或密码不正确。连续输错5次，账户将锁定15分钟。");
    await expect(page.getByLabel("工号")).toHaveValue(number);
    expect(await page.content()).not.toContain("not the password");
  }
  await expectAccessible(page);

  await page.getByLabel("工号").fill("0005");
  await page.getByLabel("密码", { exact: true }).fill("demo-clerk-nx-pass");
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/office\/sign-in\/code/);
  await expect(page.getByRole("heading", { level: 1, name: "输入动态验证码" })).toBeVisible();
  await expectAccessible(page);
  // A code from an hour ago is wrong now.
  const stale = totpCode("X66XQ3J2ZMOJAF7MAO5ZEYHQ62Y6PLE6", totpStep(new Date()) - 120);
  await page.getByLabel("动态验证码").fill(stale);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page.locator("#error-summary")).toContainText("验证码不正确。还可以再试");
  await expect(page).toHaveURL(/\/office\/sign-in\/code/);
  await expectAccessible(page);
  await page.getByLabel("动态验证码").fill(await freshTotpCode(page, "0005", "X66XQ3J2ZMOJAF7MAO5ZEYHQ62Y6PLE6"));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/office$/);
  await expect(page.getByTestId("office-staff")).toContainText("窗口经办 · 宁夏回族自治区");
});

test("a clerk cannot open the staff pages; an admin can", async ({ page }) => {
  await signInAsStaff(page, "0001");
  const refused = await page.goto("/zh-Hans/office/staff");
  expect(refused?.status()).toBe(403);
  await expect(page).toHaveURL(/\/zh-Hans\/office\/forbidden$/);
  await expect(page.getByRole("heading", { level: 1, name: "没有权限打开这个页面" })).toBeVisible();
  await expect(page.getByText("您的角色（窗口经办）不能办理这项业务")).toBeVisible();
  await expectAccessible(page);
  expect((await page.goto("/zh-Hans/office/staff/new"))?.status()).toBe(403);
});

test("the console works in elder mode", async ({ page }) => {
  await signInAsStaff(page, "0002");
  await page.getByRole("button", { name: "切换到长辈版" }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/office$/);
  await expect(page.getByText("当前为长辈版")).toBeVisible();
  await expect(page.getByTestId("office-staff")).toContainText("陈立华（工号 0002）");
  await expectAccessible(page);
  await page.getByRole("button", { name: "切换回标准版" }).click();
  await expect(page.getByText("当前为长辈版")).toBeHidden();
});

test("office pages are kept by no cache and indexed by no search engine", async ({ request }) => {
  for (const path of ["/zh-Hans/office/sign-in", "/en/office/sign-in"]) {
    const response = await request.get(path);
    expect(response.headers()["cache-control"]).toContain("no-store");
    expect(response.headers()["x-robots-tag"]).toBe("noindex, nofollow");
    expect(await response.text()).toContain('<meta name="robots" content="noindex, nofollow"/>');
  }
});

test("a resident's session opens no office page", async ({ page }) => {
  // Any phone signs in as a resident; the real-name step does not matter here.
  const phone = `1370003${project() === "no-js" ? "1" : "0"}001`;
  await page.goto("/zh-Hans/sign-in");
  await page.getByLabel("手机号码").fill(phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await page.getByLabel("6位验证码").fill(await codeFromOutbox(page.context(), phone));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in\/real-name/);
  for (const path of ["/zh-Hans/office", "/zh-Hans/office/staff", "/zh-Hans/office/counter", "/en/office/staff/new"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/office\/sign-in$/);
  }
});

test("an admin creates an account; its first sign-in enrols an authenticator from the QR code", async ({ page }) => {
  test.slow(); // two sign-ins and an enrolment, each page checked with axe
  const number = newStaffNumber();
  await signInAsStaff(page, "0003");
  await page.getByRole("navigation", { name: "经办后台导航" }).getByRole("link", { name: "人员管理" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "人员管理" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "新建工作人员账户" }).click();
  await page.getByRole("button", { name: "创建账户" }).click();
  await expect(page.locator("#error-summary")).toContainText("请输入工号");
  await expect(page.locator("#error-summary")).toContainText("请至少选择一个角色");
  await expectAccessible(page);
  await page.getByLabel("工号").fill(number);
  await page.getByLabel("姓名").fill("新同事");
  await page.getByLabel("审核", { exact: true }).check();
  await page.getByLabel("宁波市").check();
  await page.getByRole("button", { name: "创建账户" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText(`已创建 新同事（工号 ${number}）的账户。`);
  const oneTimePassword = (await page.getByTestId("one-time-password").innerText()).trim();
  expect(oneTimePassword).toMatch(/^[2-9a-z]{4}(-[2-9a-z]{4}){3}$/);
  await expectAccessible(page);
  await page.goto("/zh-Hans/office/staff");
  await expect(page.locator(`tr[data-staff-number="${number}"]`)).toContainText("待首次登录");
  await signOutStaff(page);

  await page.getByLabel("工号").fill(number);
  await page.getByLabel("密码", { exact: true }).fill(oneTimePassword);
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/office\/sign-in\/enrol/);
  await expect(page.getByRole("img", { name: "添加到身份验证器应用的二维码" }).locator("svg")).toBeVisible();
  await expectAccessible(page);
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("应用上显示的6位验证码").fill(await freshTotpCode(page, number, secret));
  await page.getByRole("button", { name: "确认" }).click();

  await expect(page).toHaveURL(/\/office\/sign-in\/password/);
  await expectAccessible(page);
  await page.getByLabel("新密码", { exact: true }).fill("short");
  await page.getByLabel("再输入一次新密码").fill("short");
  await page.getByRole("button", { name: "保存密码" }).click();
  await expect(page.locator("#error-summary")).toContainText("新密码至少要有10个字符");
  await page.getByLabel("新密码", { exact: true }).fill("我每天早上坐8路车上班");
  await page.getByLabel("再输入一次新密码").fill("我每天早上坐8路车上班");
  await page.getByRole("button", { name: "保存密码" }).click();

  await expect(page).toHaveURL(/\/office\/sign-in\/recovery-codes/);
  await expect(page.getByTestId("recovery-codes").getByRole("listitem")).toHaveCount(10);
  await expectAccessible(page);
  await page.getByRole("button", { name: "我已保存，进入经办后台" }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/office$/);
  await expect(page.getByTestId("office-staff")).toContainText(`新同事（工号 ${number}）`);
  await expect(page.getByTestId("office-staff")).toContainText("审核 · 宁波市");
  await signOutStaff(page);

  // From now on: the password of their own, then the app's next code.
  await page.getByLabel("工号").fill(number);
  await page.getByLabel("密码", { exact: true }).fill("我每天早上坐8路车上班");
  await page.getByRole("button", { name: "下一步" }).click();
  await page.getByLabel("动态验证码").fill(await freshTotpCode(page, number, secret));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/office$/);
});

test.describe("the counter (yearEnd server, whose specs leave these residents alone)", () => {
  test.use({ baseURL: baseUrl("yearEnd") });
  const RESIDENT = { js: "林志强", "no-js": "赵国华" } as const;

  async function residentSees(page: Page, phone: string) {
    const resident = await page.context().browser()!.newContext();
    const tab = await resident.newPage();
    await tab.goto(`${baseUrl("yearEnd")}/zh-Hans/sign-in`);
    await tab.getByLabel("手机号码").fill(phone);
    await tab.getByRole("button", { name: "获取验证码" }).click();
    await tab.getByLabel("6位验证码").fill(await codeFromOutbox(resident, phone));
    await tab.getByRole("button", { name: "登录", exact: true }).click();
    await expect(tab).toHaveURL(/\/zh-Hans\/me/);
    await tab.goto(`${baseUrl("yearEnd")}/zh-Hans/me/consents`);
    await expect(tab.getByTestId("acts-on-my-behalf")).toContainText("医保经办人员（工号 0001）：在医保服务窗口核对您的身份证后，为您绑定了登录手机号");
    await resident.close();
  }

  test("a clerk checks the ID card and links the resident's phone; the resident is told and sees it", async ({ page }) => {
    const person = demoPerson(RESIDENT[project() === "no-js" ? "no-js" : "js"]);
    const phone = `1370003${project() === "no-js" ? "1" : "0"}101`;
    await signInAsStaff(page, "0001");
    await page.getByRole("navigation", { name: "经办后台导航" }).getByRole("link", { name: "窗口绑定手机号" }).click();
    await expectAccessible(page);
    await page.getByLabel("身份证号码").fill("330203198204160318");
    await page.getByRole("button", { name: "查找" }).click();
    await expect(page.locator("#error-summary")).toContainText("身份证号码最后一位校验码不对");
    await page.getByLabel("身份证号码").fill(person.idNumber);
    await page.getByRole("button", { name: "查找" }).click();
    await expect(page.getByTestId("counter-person")).toContainText(person.name);
    await expect(page.getByTestId("counter-person")).toContainText(maskPhone(person.phone));
    await expect(page.getByTestId("counter-person")).not.toContainText(person.idNumber);
    await expectAccessible(page);
    await page.getByLabel("要绑定的手机号码").fill(phone);
    await page.getByRole("button", { name: "绑定手机号" }).click();
    await expect(page.locator("#error-summary")).toContainText("请确认您已核对身份证原件");
    await page.getByLabel("我已核对身份证原件，持证人就是眼前的居民本人").check();
    await page.getByRole("button", { name: "绑定手机号" }).click();
    const done = page.getByRole("main").getByRole("alert");
    await expect(done).toContainText(`已将手机号 ${maskPhone(phone)} 绑定到 ${person.name}`);
    await expect(done).toContainText("已向登记库中的手机号发送短信通知");
    await expectAccessible(page);

    // The registry's phone is told by text message, naming the new phone masked.
    await page.goto("/zh-Hans/dev/outbox");
    await expect(page.locator(`tr[data-phone="${maskPhone(person.phone)}"]`).first()).toContainText(maskPhone(phone));
    await residentSees(page, phone);
  });
});
