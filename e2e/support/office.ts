import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { totpCode, totpStep } from "../../lib/auth/totp";
import { DEMO_STAFF, type DemoStaff } from "../../lib/demo/staff";

/**
 * Signing demo staff in to the office console (README "Demo staff"), for every spec that needs a
 * member of staff. The server takes each TOTP step once per account (docs/decisions/0015), and the
 * js and no-js projects (and parallel workers) sign the same demo staff in: every code is taken
 * from a per-server, per-account ledger under a lock, so no two sign-ins ever send the same step.
 */
export function demoStaff(staffNumber: string): DemoStaff {
  const found = DEMO_STAFF.find((s) => s.staffNumber === staffNumber);
  if (!found) throw new Error(`no demo staff ${staffNumber}`);
  return found;
}

const LEDGER = path.join(tmpdir(), "portal-e2e-office-totp");

async function withLock<T>(name: string, run: () => Promise<T>): Promise<T> {
  mkdirSync(LEDGER, { recursive: true });
  const lock = path.join(LEDGER, `${name}.lock`);
  for (;;) {
    try {
      closeSync(openSync(lock, "wx"));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // A lock left by a worker that died holds nobody up for long.
      if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > 60_000) rmSync(lock, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * A code for a step no earlier sign-in of this account on this server used: the current step, or
 * the next one (the server takes one step either side) when the current one is taken; when both
 * are, it waits for the clock (at most one step, 30 s), lengthening the test's timeout by as much.
 */
export async function freshTotpCode(page: Page, staffNumber: string, secret: string): Promise<string> {
  const port = new URL(page.url()).port;
  const name = `${port}-${staffNumber}`;
  return withLock(name, async () => {
    const ledger = path.join(LEDGER, `${name}.last`);
    const last = Number(readFileSync(ledger, { encoding: "utf8", flag: "a+" }) || 0);
    const step = Math.max(last + 1, totpStep(new Date()));
    if (step > totpStep(new Date()) + 1) {
      test.setTimeout(test.info().timeout + 35_000);
      await expect.poll(() => totpStep(new Date()), { timeout: 35_000, intervals: [250] }).toBeGreaterThanOrEqual(step - 1);
    }
    writeFileSync(ledger, String(step));
    return totpCode(secret, step);
  });
}

/** Signs a member of staff in through the pages: staff number and password, then the authenticator's code. */
export async function signInAsStaff(page: Page, staffNumber: string, password = demoStaff(staffNumber).password, secret = demoStaff(staffNumber).totpSecret): Promise<void> {
  await page.goto("/zh-Hans/office/sign-in");
  await page.getByLabel("工号").fill(staffNumber);
  await page.getByLabel("密码", { exact: true }).fill(password);
  await page.getByRole("button", { name: "下一步" }).click();
  await expect(page).toHaveURL(/\/office\/sign-in\/code/);
  await page.getByLabel("动态验证码").fill(await freshTotpCode(page, staffNumber, secret));
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/office$/);
  await expect(page.getByTestId("office-staff")).toContainText(`工号 ${staffNumber}`);
}

/** Signs out through the console's bar. */
export async function signOutStaff(page: Page): Promise<void> {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/office\/sign-in\?signedOut=1/);
}
