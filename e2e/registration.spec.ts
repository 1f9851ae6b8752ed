import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PEOPLE, type DemoPerson } from "../lib/demo/people";
import { isValidReference } from "../lib/numbers/enrollment-reference";
import { maskPhone } from "../lib/identity/phone";
import { expectAccessible as axeCheck } from "./support/axe";

/**
 * J3 and J4 against the real server and its embedded database (fresh per run). Both projects
 * (JavaScript on and off) share that database, so each registers different demo people; the
 * tests of a project run in order because they sign the same residents in.
 */
test.describe.configure({ mode: "serial", timeout: 90_000 });

type Cast = { self: string; guardian: string; child: string; agent: string; relative: string; relation: string; relationLabel: string; employee: string; renews: string; parentPermit?: string };
const CAST: Record<"js" | "no-js", Cast> = {
  js: { self: "郑晓燕", guardian: "吴俊杰", child: "吴若溪", agent: "郑晓燕", relative: "陈桂芳", relation: "parent", relationLabel: "父亲或母亲", employee: "吴俊杰", renews: "张伟" },
  "no-js": {
    self: "黄晓东",
    guardian: "刘德明",
    child: "刘佳怡",
    agent: "李桂兰",
    relative: "李明",
    relation: "child",
    relationLabel: "子女",
    employee: "杨春梅",
    renews: "马志刚",
    parentPermit: "330282-2024-004521",
  },
};
const cast = () => CAST[test.info().project.name === "no-js" ? "no-js" : "js"];
const person = (name: string) => {
  const found = DEMO_PEOPLE.find((p) => p.name === name);
  if (!found) throw new Error(`no demo person ${name}`);
  return found as DemoPerson & { phone: string };
};

/** Dynamic pages stream their <title> after the content: wait for it, then axe. */
async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  await axeCheck(page);
}

/** Session cookies of residents already signed in during this run (a new code for the same phone must wait 60 s). */
const signedIn = new Map<string, Awaited<ReturnType<BrowserContext["cookies"]>>>();

async function codeFromOutbox(context: BrowserContext, phone: string): Promise<string> {
  const outbox = await context.newPage();
  await outbox.goto("/zh-Hans/dev/outbox");
  const text = await outbox.locator(`tr[data-phone="${maskPhone(phone)}"]`).first().innerText();
  await outbox.close();
  const code = /\d{6}/.exec(text)?.[0];
  if (!code) throw new Error(`no code for ${maskPhone(phone)}`);
  return code;
}

async function signIn(page: Page, name: string) {
  const who = person(name);
  const known = signedIn.get(name);
  if (known) {
    await page.context().addCookies(known);
    await page.goto("/zh-Hans/me");
    if (!page.url().includes("/sign-in")) return;
  }
  await page.goto("/zh-Hans/sign-in");
  await page.getByLabel("手机号码").fill(who.phone);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(page).toHaveURL(/\/sign-in(\/code)?(\?|#|$)/);
    const wait = /请(\d+)秒后/.exec((await page.locator("#error-summary").textContent({ timeout: 1000 }).catch(() => "")) ?? "");
    if (!wait) break;
    await page.waitForTimeout((Number(wait[1]) + 1) * 1000);
  }
  await expect(page).toHaveURL(/\/sign-in\/code/);
  await page.getByLabel("6位验证码").fill(await codeFromOutbox(page.context(), who.phone));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/(me|sign-in\/real-name)/);
  if (page.url().includes("real-name")) {
    await page.getByLabel("姓名", { exact: true }).fill(who.name);
    await page.getByLabel("身份证号码", { exact: true }).fill(who.idNumber);
    await page.getByRole("button", { name: "确认身份" }).click();
  }
  await expect(page).toHaveURL(/\/zh-Hans\/me/);
  signedIn.set(name, await page.context().cookies());
}

async function signOut(page: Page, name: string) {
  signedIn.delete(name);
  await page.goto("/zh-Hans/me");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/signedOut=1/);
}

async function freshPage(browser: Browser): Promise<Page> {
  const { javaScriptEnabled, baseURL, locale } = test.info().project.use;
  const context = await browser.newContext({ javaScriptEnabled: javaScriptEnabled !== false, baseURL, locale });
  return context.newPage();
}

/** From the facts page to the confirmation; returns the reference number shown. */
async function completeRegistration(page: Page, contactPhone: string, parentPermit?: string, from: "facts" | "details" = "facts") {
  if (from === "facts") {
    await expect(page).toHaveURL(/\/register\/facts$/);
    await page.getByRole("button", { name: "信息无误，继续" }).click();
  }
  await expect(page).toHaveURL(/\/register\/details$/);
  await page.getByLabel("联系电话").fill(contactPhone);
  if (parentPermit) await page.getByLabel("父亲或母亲的居住证号码").fill(parentPermit);
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await expect(page).toHaveURL(/\/register\/check$/);
  await expect(page.getByText(maskPhone(contactPhone))).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "提交参保登记" }).click();
  await expect(page).toHaveURL(/\/register\/done\?ref=CX/);
  await expect(page.getByRole("heading", { name: "参保登记已提交" })).toBeVisible();
  const reference = (await page.getByTestId("reference").innerText()).replace(/\s/g, "");
  expect(isValidReference(reference)).toBe(true);
  await expect(page.getByRole("link", { name: "去缴费" })).toHaveAttribute("href", "/zh-Hans/pay");
  return reference;
}

async function choose(page: Page, label: string | RegExp) {
  await page.goto("/zh-Hans/register");
  await page.getByLabel(label).check();
  await page.getByRole("button", { name: "继续", exact: true }).click();
}

test("register oneself; a second attempt is refused; cancel; a draft resumes after signing in again", async ({ page }) => {
  test.setTimeout(150_000); // signing in again waits out the 60 s between two codes to one phone
  const { self } = cast();
  const me = person(self);
  await signIn(page, self);
  await page.goto("/zh-Hans/register");
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await expect(page.locator("#error-summary")).toContainText("请选择为谁办理");
  await expectAccessible(page);
  await choose(page, `我自己（${self}）`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`核对${self}的登记信息`);
  const html = await page.content();
  expect(html).not.toContain(me.idNumber);
  expect(html).not.toContain(me.phone);
  await expectAccessible(page);

  // "This is wrong" is recorded and does not block.
  await page.getByRole("link", { name: "信息有误？报告更正" }).click();
  await page.getByRole("button", { name: "提交更正申请" }).click();
  await expect(page.locator("#error-summary")).toContainText("请选择哪一项信息有误");
  await page.getByLabel("以往参保记录").check();
  await page.getByLabel("哪里不对？正确的情况是什么？").fill("2024年度我在宁波参保了");
  await page.getByRole("button", { name: "提交更正申请" }).click();
  await expect(page).toHaveURL(/\/register\/facts\?corrected=1$/);
  await expect(page.getByText("更正申请已记录")).toBeVisible();

  // A wrong phone is explained, and what was entered stays.
  await page.getByRole("button", { name: "信息无误，继续" }).click();
  await page.getByLabel("联系电话").fill("12345");
  await page.getByRole("button", { name: "继续", exact: true }).click();
  await expect(page.locator("#error-summary")).toContainText("请输入11位手机号码");
  await expect(page.getByLabel("联系电话")).toHaveValue("12345");
  await page.goto("/zh-Hans/register/facts");
  const reference = await completeRegistration(page, me.phone);

  await page.getByRole("link", { name: "查看我的参保" }).click();
  await expect(page).toHaveURL(/\/me\/enrollments$/);
  await expect(page.getByText("办理期限")).toBeVisible();
  const entry = page.getByTestId("enrollment").first();
  await expect(entry).toContainText(reference.slice(0, 6));
  await expect(entry.getByTestId("enrollment-status")).toContainText("已登记，待缴费");
  await expectAccessible(page);

  // The duplicate attempt.
  await choose(page, `我自己（${self}）`);
  await expect(page.getByTestId("registration-outcome")).toContainText("已经登记过了");
  await expect(page.getByRole("button", { name: "信息无误，继续" })).toHaveCount(0);

  // Cancel, with a confirmation step.
  await page.goto("/zh-Hans/me/enrollments");
  await page.getByRole("link", { name: /撤销这项登记/ }).first().click();
  await expect(page.getByRole("heading", { name: "撤销参保登记？" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "确认撤销" }).click();
  await expect(page).toHaveURL(/\/me\/enrollments\?cancelled=CX/);
  await expect(page.getByTestId("enrollment").first().getByTestId("enrollment-status")).toContainText("已撤销");

  // A new draft, left at the contact step, resumes after signing out and in.
  await choose(page, `我自己（${self}）`);
  await page.getByRole("button", { name: "信息无误，继续" }).click();
  await expect(page).toHaveURL(/\/register\/details$/);
  await signOut(page, self);
  await signIn(page, self);
  await page.goto("/zh-Hans/register");
  await expect(page.getByText("您有一项没有办完的参保登记")).toBeVisible();
  await page.getByRole("link", { name: "继续办理" }).click();
  await expect(page).toHaveURL(/\/register\/details$/);
  await completeRegistration(page, me.phone, undefined, "details");
});

test("register a minor child in my household", async ({ page }) => {
  const { guardian, child, parentPermit } = cast();
  await signIn(page, guardian);
  await choose(page, `${child}（我的未成年子女）`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`核对${child}的登记信息`);
  await completeRegistration(page, person(guardian).phone, parentPermit);
  await page.goto("/zh-Hans/me/enrollments");
  await expect(page.getByRole("heading", { name: child })).toBeVisible();
});

test("register an adult relative with the code sent to their phone; they see it on their own page and withdraw", async ({ page, browser }) => {
  const { agent, relative, relationLabel } = cast();
  const them = person(relative);
  await signIn(page, agent);
  await choose(page, "其他成年亲属");
  await expect(page).toHaveURL(/\/register\/relative$/);
  await expectAccessible(page);
  await page.getByLabel("对方姓名").fill(them.name);
  await page.getByLabel("对方身份证号码").fill(them.idNumber);
  await page.getByLabel("配偶").check();
  await page.getByRole("button", { name: "发送验证码给对方" }).click();
  await expect(page.locator("#error-summary")).toContainText("没有找到与您有这种关系的人");
  await expect(page.getByLabel("对方身份证号码")).toHaveValue(them.idNumber);
  await page.getByLabel(relationLabel, { exact: true }).check();
  await page.getByRole("button", { name: "发送验证码给对方" }).click();
  await expect(page).toHaveURL(/\/register\/consent\?request=/);
  expect(page.url()).not.toContain(them.idNumber);
  await expect(page.getByText(maskPhone(them.phone))).toBeVisible();
  await page.getByLabel("6位验证码").fill("000000");
  await page.getByRole("button", { name: "确认" }).click();
  const code = await codeFromOutbox(page.context(), them.phone);
  if (code !== "000000") await expect(page.locator("#error-summary")).toContainText("验证码不对，还可以再试4次");
  await page.getByLabel("6位验证码").fill(code);
  await page.getByRole("button", { name: "确认" }).click();
  await completeRegistration(page, person(agent).phone);

  const theirs = await freshPage(browser);
  await signIn(theirs, relative);
  await theirs.getByRole("link", { name: "代办授权和别人为您办理的事项" }).click();
  await expect(theirs.getByTestId("acts-on-my-behalf")).toContainText(`${agent}：提交了您的参保登记`);
  await expect(theirs.getByTestId("acts-on-my-behalf")).toContainText(`${agent}：用您告诉的验证码确认了代办授权`);
  await expectAccessible(theirs);
  await theirs.getByRole("button", { name: new RegExp(`撤回授权.*${agent}`) }).click();
  await expect(theirs.getByText("您已撤回授权。已经办理的事项不受影响。")).toBeVisible();
  await theirs.goto("/zh-Hans/me/enrollments");
  await expect(theirs.getByTestId("enrollment-status").first()).toContainText("已登记，待缴费");

  // Withdrawn: the agent no longer sees them among the people they may register.
  await page.goto("/zh-Hans/register");
  await expect(page.getByLabel(`${relative}（已同意由我代办）`)).toHaveCount(0);
  await theirs.context().close();
});

test("a consent request the relative refuses cannot be confirmed with its code", async ({ page, browser }) => {
  const { agent, relative, relationLabel } = cast();
  const them = person(relative);
  await signIn(page, agent);
  await page.goto("/zh-Hans/register/relative");
  await page.getByLabel("对方姓名").fill(them.name);
  await page.getByLabel("对方身份证号码").fill(them.idNumber);
  await page.getByLabel(relationLabel, { exact: true }).check();
  await page.getByRole("button", { name: "发送验证码给对方" }).click();
  await expect(page).toHaveURL(/\/register\/consent\?request=/);
  const code = await codeFromOutbox(page.context(), them.phone);

  const theirs = await freshPage(browser);
  await signIn(theirs, relative);
  await theirs.goto("/zh-Hans/me/consents");
  await expect(theirs.getByText(`${agent}（您的`)).toBeVisible();
  await theirs.getByRole("button", { name: "拒绝" }).click();
  await expect(theirs.getByText("您已拒绝这次申请。")).toBeVisible();
  await theirs.context().close();

  await page.getByLabel("6位验证码").fill(code);
  await page.getByRole("button", { name: "确认" }).click();
  await expect(page.locator("#error-summary")).toContainText("这次授权申请已失效");
});

test("employee insurance is refused with the reason (English); renewal goes straight to payment (繁體中文)", async ({ page }) => {
  const { employee, renews } = cast();
  await signIn(page, employee);
  await page.goto("/en/register");
  await page.getByLabel(/^Myself/).check();
  await page.getByRole("button", { name: "Continue", exact: true }).click();
  await expect(page.getByTestId("registration-outcome")).toContainText(`${employee} cannot be insured here`);
  await expect(page.getByTestId("registration-outcome")).toContainText("What you can do instead");
  await expectAccessible(page);
  await signOut(page, employee);

  await signIn(page, renews);
  await page.goto("/zh-Hant/register");
  await page.getByLabel(/^我自己/).check();
  await page.getByRole("button", { name: "繼續", exact: true }).click();
  await expect(page.getByTestId("registration-outcome")).toContainText("不用登記：直接繳費續保");
  await expect(page.getByRole("link", { name: "去繳費" })).toHaveAttribute("href", "/zh-Hant/pay");
  await expectAccessible(page);
});

test("My enrollments needs sign-in; the status endpoint answers only the signed-in", async ({ request, page }) => {
  await page.goto("/zh-Hans/me/enrollments");
  await expect(page).toHaveURL(/\/sign-in\?ended=1$/);
  const response = await request.get("/api/me/enrollments/00000000-0000-0000-0000-000000000000/status");
  expect(response.status()).toBe(401);
  expect(response.headers()["cache-control"]).toContain("no-store");
});
