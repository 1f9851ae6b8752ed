import { expect, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PEOPLE, type DemoPerson } from "../../lib/demo/people";
import { maskPhone } from "../../lib/identity/phone";

/** A demo resident by name (README "Demo people"). */
export function demoPerson(name: string): DemoPerson & { phone: string } {
  const found = DEMO_PEOPLE.find((p) => p.name === name);
  if (!found?.phone) throw new Error(`no demo person ${name} with a phone`);
  return found as DemoPerson & { phone: string };
}

/** The newest code the demo outbox shows for the phone, read in another tab. */
export async function codeFromOutbox(context: BrowserContext, phone: string): Promise<string> {
  const outbox = await context.newPage();
  await outbox.goto("/zh-Hans/dev/outbox");
  const text = await outbox.locator(`tr[data-phone="${maskPhone(phone)}"]`).first().innerText();
  await outbox.close();
  const code = /\d{6}/.exec(text)?.[0];
  if (!code) throw new Error(`no code for ${maskPhone(phone)}`);
  return code;
}

/**
 * Signs a demo resident in through the real pages: phone, the code from the demo outbox, the real-name
 * check the first time. Demo residents sign in with the registry's phone for them, so the real-name
 * check binds at once (docs/decisions/0012); any other phone would be sent to the face check or the counter.
 */
export async function signIn(page: Page, name: string): Promise<void> {
  const who = demoPerson(name);
  await page.goto("/zh-Hans/sign-in");
  await page.getByLabel("手机号码").fill(who.phone);
  await page.getByRole("button", { name: "获取验证码" }).click();
  await expect(page).toHaveURL(/\/sign-in\/code/);
  await page.getByLabel("6位验证码").fill(await codeFromOutbox(page.context(), who.phone));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/(me|sign-in\/real-name)/);
  if (page.url().includes("real-name")) {
    await page.getByLabel("姓名", { exact: true }).fill(who.name);
    await page.getByLabel("身份证号码", { exact: true }).fill(who.idNumber);
    await page.getByRole("button", { name: "确认身份" }).click();
    await expect(page).toHaveURL(/\/zh-Hans\/me|\/sign-in\/real-name\/confirm/);
    if (page.url().includes("/confirm")) throw new Error(`${name} is bound to another phone, or ${maskPhone(who.phone)} is not the registry's phone for them`);
  }
  await expect(page).toHaveURL(/\/zh-Hans\/me/);
}
