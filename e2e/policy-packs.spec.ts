import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { signInAsStaff } from "./support/office";
import { baseUrl } from "./support/servers";

/**
 * Policy packs as data (issue 15): residents read what changed this year; the office reads every
 * figure with its clause and previews a draft pack file before anyone commits it. Both projects:
 * JavaScript on and off (the upload is a plain multipart form).
 */
test.describe.configure({ timeout: 120_000 });

/** The example: next year's Ningbo pack, two figures restated, the rest inherited. */
const NINGBO_2027 = `id: ningbo-2027
extends: ningbo-2026
coverageYear: 2027
sources: [ningbo-2026-enrollment]
figures:
  fees.adult.individual: { value: 80000, source: "ningbo-2026-enrollment#二(二)", status: provisional }
  periods.registration:  { value: { start: 2026-09-15, end: 2026-12-25 }, source: "ningbo-2026-enrollment#一(一)", status: provisional }
`;

const scripted = () => test.info().project.name !== "no-js";

async function staffDesk(browser: Browser, staffNumber: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl("centralized"), javaScriptEnabled: scripted(), locale: "zh-CN" });
  const page = await context.newPage();
  await signInAsStaff(page, staffNumber);
  return page;
}

async function uploadDraft(page: Page, name: string, text: string | Buffer, mimeType = "application/yaml") {
  await page.getByLabel("政策文件").setInputFiles({ name, mimeType, buffer: Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8") });
  await page.getByRole("button", { name: "上传并预览" }).click();
}

test.describe("what changed this year (residents)", () => {
  test("Ningbo 2026 against 2023: the payment period's new end and the waiting rule, each with its clause", async ({ page }) => {
    await page.goto("/zh-Hans/policies/ningbo-2026/changes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("宁波市2026年度：今年有什么变化");
    const changes = page.getByTestId("policy-changes");
    const payment = changes.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "集中缴费期" }) });
    await expect(payment).toContainText("2022年9月15日至2022年12月25日");
    await expect(payment).toContainText("2025年9月15日至2025年12月26日");
    await expect(changes.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "年中参保的固定等待期" }) })).toContainText("3个月");
    await expectAccessible(page);
    await payment.getByRole("link").click();
    await expect(page).toHaveURL(/\/zh-Hans\/sources\/ningbo-2026-enrollment#/);
  });

  test("in English and in Traditional characters, amounts and dates as each writes them", async ({ page }) => {
    await page.goto("/en/policies/ningbo-2023/changes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ningbo 2023: what has changed this year");
    await expect(page.getByTestId("policy-changes")).toContainText("Adult: personal contribution");
    await expect(page.getByTestId("policy-changes")).toContainText("¥780.00");
    await expect(page.getByRole("main")).toContainText("15 September 2022");
    await expectAccessible(page);
    await page.goto("/zh-Hant/policies/ningbo-2026/changes");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("寧波市2026年度：今年有什麼變化");
  });

  test("a region's first year has nothing to compare; an unknown pack is not found", async ({ page }) => {
    await page.goto("/zh-Hans/policies/ningxia-2026/changes");
    await expect(page.getByRole("main")).toContainText("没有更早年度的政策可以比较。");
    expect((await page.goto("/zh-Hans/policies/atlantis-2026/changes"))?.status()).toBe(404);
  });

  test("in elder mode: large type and targets", async ({ page, context }) => {
    await context.addCookies([{ name: "portal-elder", value: "1", url: baseUrl("centralized") }]);
    await page.goto("/zh-Hans/policies/ningbo-2026/changes");
    await expect(page.getByText("当前为长辈版")).toBeVisible();
    const fontSize = await page.locator("main dd").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(20);
    const small = await page.locator("main a").evaluateAll((elements) =>
      elements.filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 24).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    await expectAccessible(page);
  });
});

test.describe("the office's policy packs", () => {
  test("every member of staff reads the packs and each figure with its clause; a clerk may not preview", async ({ browser }) => {
    const clerk = await staffDesk(browser, "0001");
    await clerk.getByRole("navigation", { name: "经办后台导航" }).getByRole("link", { name: "政策包" }).click();
    await expect(clerk.getByRole("heading", { level: 1, name: "政策包" })).toBeVisible();
    await expect(clerk.getByTestId("nothing-published")).toContainText("这里不发布政策");
    await expect(clerk.getByTestId("pack-ningbo-2026")).toContainText("已发布");
    await expect(clerk.getByRole("button", { name: "上传并预览" })).toHaveCount(0);
    await expect(clerk.getByRole("main")).toContainText("预览政策草稿需要审核人员或管理员角色。");
    await expectAccessible(clerk);

    await clerk.getByRole("link", { name: "ningbo-2026 的全部数字" }).click();
    await expect(clerk.getByRole("heading", { level: 1 })).toHaveText("宁波市2026年度政策包");
    const fee = clerk.getByTestId("figure-fees.adult.individual");
    await expect(fee).toContainText("成年居民个人缴费");
    await expect(fee).toContainText("¥780.00");
    await expect(fee).toContainText("暂定");
    await expectAccessible(clerk);
    await fee.getByRole("link").click();
    await expect(clerk).toHaveURL(/\/zh-Hans\/sources\/ningbo-2026-enrollment#/);

    // A draft's preview is a reviewer's: the console's refusal page, answered with 403.
    expect((await clerk.goto("/zh-Hans/office/policies/drafts/00000000-0000-4000-8000-000000000000"))?.status()).toBe(403);
    await clerk.context().close();
  });

  test("a reviewer previews next year's draft: valid, its diff, and whose answers change", async ({ browser }) => {
    const reviewer = await staffDesk(browser, "0002");
    await reviewer.goto("/zh-Hans/office/policies");
    await uploadDraft(reviewer, "ningbo-2027.yaml", NINGBO_2027);
    await expect(reviewer.getByRole("heading", { level: 1 })).toHaveText("草稿预览：ningbo-2027.yaml");
    await expect(reviewer.getByTestId("draft-valid")).toHaveText("文件有效：ningbo-2027，宁波市2027年度。");
    await expect(reviewer.getByRole("main")).toContainText("在 ningbo-2026 的基础上修改");
    const fee = reviewer.getByTestId("diff-fees.adult.individual");
    await expect(fee).toContainText("¥780.00");
    await expect(fee).toContainText("¥800.00");
    await expect(reviewer.getByTestId("diff-periods.coverage")).toContainText("2027年1月1日至2027年12月31日");
    // The case tables: the adult case's contribution changes, 780 → 800.
    const cases = reviewer.getByTestId("draft-cases");
    await expect(cases.getByRole("row").filter({ hasText: "个人缴费" }).filter({ hasText: "¥800.00" }).first()).toBeVisible();
    // The registry sample: demo residents of Ningbo, masked, with what changes for them.
    await expect(reviewer.getByRole("main")).toContainText(/样本名册（登记库中本地区 \d+ 人）/);
    await expect(reviewer.getByTestId("draft-roster").getByRole("row").filter({ hasText: "¥800.00" }).first()).toBeVisible();
    await expect(reviewer.getByTestId("draft-roster")).not.toContainText(/\d{17}[\dX]/);
    await expect(reviewer.getByRole("main")).toContainText("这里不发布政策");
    await expectAccessible(reviewer);

    // It is listed among the recent drafts, and opens again.
    await reviewer.getByRole("link", { name: "返回政策包列表" }).click();
    await reviewer.getByRole("link", { name: /^ningbo-2027\.yaml（/ }).first().click();
    await expect(reviewer.getByTestId("draft-valid")).toBeVisible();
    await reviewer.context().close();
  });

  test("a broken draft gets its problems with line and key; a file that is not YAML, or too large, is refused", async ({ browser }) => {
    const reviewer = await staffDesk(browser, "0004");
    await reviewer.goto("/zh-Hans/office/policies");
    await uploadDraft(reviewer, "ningbo-2027.yaml", NINGBO_2027.replace("value: 80000", "value: -80000").replace("figures:", "figures:\n  fees.pensioner.individual: { value: 1, source: ningbo-2026-enrollment#二(二), status: provisional }"));
    const problems = reviewer.getByTestId("draft-problems");
    await expect(problems).toContainText("第 6 行 figures.fees.pensioner.individual：所继承的政策包没有这个数字：figures.fees.pensioner.individual。");
    await expect(reviewer.getByTestId("draft-diff")).toHaveCount(0);
    await expectAccessible(reviewer);

    await reviewer.goto("/zh-Hans/office/policies");
    await uploadDraft(reviewer, "notes.yaml", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]));
    await expect(reviewer.getByTestId("draft-refused")).toHaveText("这不是 YAML 文本文件。请上传与 content/policies 下格式相同的 .yaml 文件。");
    await uploadDraft(reviewer, "big.yaml", `# ${"x".repeat(300 * 1024)}\n${NINGBO_2027}`);
    await expect(reviewer.getByTestId("draft-refused")).toContainText("文件超过 256 KB");
    await reviewer.context().close();
  });
});
