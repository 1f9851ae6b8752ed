import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { baseUrl, type ServerName } from "./support/servers";

/**
 * J1, the eligibility check, end to end: every case of issue 5 in 简体中文 (and samples in 繁體中文
 * and English), with JavaScript on and off (the two projects), axe on every page, and at most
 * eight screens from the start page to the result.
 */
type Locale = "zh-Hans" | "zh-Hant" | "en";

const WORDS = {
  "zh-Hans": { start: "开始", continue: "继续", result: "查看结果", change: "修改", back: "返回" },
  "zh-Hant": { start: "開始", continue: "繼續", result: "查看結果", change: "修改", back: "返回" },
  en: { start: "Start now", continue: "Continue", result: "See the result", change: "Change", back: "Back" },
} as const;

const MAX_SCREENS = 8;

/** One resident's answers, page by page (form field name → value), as a person would enter them. */
type Page_ = { path: string; fields?: Record<string, string | string[]> };

class Journey {
  screens = 0;
  /** Uncaught errors in the browser (hydration mismatches included). */
  readonly errors: string[] = [];
  constructor(
    readonly page: Page,
    readonly locale: Locale,
  ) {
    page.on("pageerror", (error) => this.errors.push(error.message));
  }

  get words() {
    return WORDS[this.locale];
  }

  /** A new screen: the address, a heading, and no accessibility violations. */
  async arrive(path: string) {
    await expect(this.page).toHaveURL(new RegExp(`/${this.locale}${path.replace(/[()]/g, "\\$&")}$`));
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
    // Dynamic pages stream their <title> after the content.
    await expect(this.page).toHaveTitle(/\S/);
    this.screens += 1;
    await expectAccessible(this.page);
  }

  async start() {
    await this.page.goto(`/${this.locale}/check`);
    await this.arrive("/check");
    await this.page.getByRole("button", { name: this.words.start, exact: true }).click();
  }

  async fill(fields: Record<string, string | string[]>) {
    const form = this.page.locator("main form").first();
    for (const [name, value] of Object.entries(fields)) {
      for (const one of [value].flat()) {
        const input = form.locator(`[name="${name}"]`).first();
        const type = await input.getAttribute("type");
        if (type === "radio" || type === "checkbox") await form.locator(`[name="${name}"][value="${one}"]`).check();
        else await input.fill(one);
      }
    }
  }

  /** Answers the pages in turn (each must be the page shown). */
  async answerPages(pages: Page_[]) {
    for (const { path, fields } of pages) {
      await this.arrive(`/check/${path}`);
      if (fields) await this.fill(fields);
      await this.page.getByRole("button", { name: this.words.continue }).click();
    }
  }

  /** Answers the pages, then expects the summary. */
  async answer(pages: Page_[]) {
    await this.answerPages(pages);
    await this.arrive("/check/answers");
  }

  async result() {
    await this.page.getByRole("link", { name: this.words.result }).click();
    await this.arrive("/check/result");
    expect(this.screens).toBeLessThanOrEqual(MAX_SCREENS);
    expect(this.errors).toEqual([]);
  }

  /** The reason's clause link leads to that clause of the policy text. */
  async followClause(document: string, clause: string, text: string) {
    const link = this.page.locator(`main a[href="/${this.locale}/sources/${document}#${encodeURI(clause)}"], main a[href="/${this.locale}/sources/${document}#${clause}"]`).first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(this.page).toHaveURL(new RegExp(`/sources/${document}#`));
    const target = this.page.locator(`[id="${clause}"]`);
    await expect(target).toContainText(text);
    await expect(target).toBeInViewport();
  }
}

type Case = {
  name: string;
  server: ServerName;
  pages: Page_[];
  expect: (journey: Journey) => Promise<void>;
};

const adultWhoRenews: Case = {
  name: "an adult with local hukou who renews",
  server: "centralized",
  pages: [
    { path: "where", fields: { pack: "ningbo-2026" } },
    { path: "birth-date", fields: { "birthDate.year": "1985", "birthDate.month": "4", "birthDate.day": "12" } },
    { path: "status", fields: { residency: "local-hukou", otherInsurance: "none" } },
    { path: "assistance", fields: { assistance: "none" } },
    { path: "history", fields: { insuredLastYear: "yes", yearsInsured: "6" } },
  ],
  expect: async ({ page }) => {
    const main = page.getByRole("main");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("可以参加宁波市2026年度城乡居民医保");
    await expect(main).toContainText("成年居民");
    await expect(main).toContainText("¥780.00");
    await expect(main).toContainText("以税务部门核定金额为准");
    await expect(main).toContainText("¥2,090.00");
    await expect(main).toContainText("续保：不用登记，直接缴费");
    await expect(main).toContainText("如果今天缴费，从2026年1月1日起享受待遇，到2026年12月31日为止");
    await expect(main).toContainText("缴费截止日");
    await expect(main).toContainText("2025年12月26日");
    await expect(main).toContainText("本人身份证或社会保障卡原件");
    // 6 years up to last year and this one: (7 − 4) × 5000 yuan.
    await expect(main).toContainText("大病保险报销限额提高¥15,000.00");
    await expect(main).toContainText("如果明年没有在集中参保期缴费，补办后要等待3个月才能报销");
    await expect(page.getByRole("link", { name: "去缴费" })).toHaveAttribute("href", "/zh-Hans/pay");
  },
};

const preschoolChild: Case = {
  name: "a non-local preschool child through a parent's residence permit",
  server: "centralized",
  pages: [
    { path: "where", fields: { pack: "ningbo-2026" } },
    { path: "birth-date", fields: { "birthDate.year": "2022", "birthDate.month": "3", "birthDate.day": "1" } },
    { path: "status", fields: { residency: "none", otherInsurance: "none" } },
    { path: "parent-permit", fields: { parentResidencePermit: "yes" } },
    { path: "history", fields: { insuredLastYear: "no" } },
  ],
  expect: async ({ page }) => {
    const main = page.getByRole("main");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("可以参加宁波市2026年度城乡居民医保");
    await expect(main).toContainText("婴幼儿");
    await expect(main).toContainText("¥630.00");
    await expect(main).toContainText("先办理参保登记，再缴费");
    await expect(main).toContainText("非本市户籍的新生儿和学龄前儿童，可以凭父母一方的本市有效居住证参保。");
    await expect(main).toContainText("父母一方的本市有效居住证");
    await expect(main).toContainText("参保登记截止日");
    await expect(page.getByRole("link", { name: "登录" })).toHaveAttribute("href", "/zh-Hans/sign-in");
    await expect(page.getByRole("link", { name: "办理参保登记" })).toHaveAttribute("href", "/zh-Hans/register");
  },
};

const employedHongKongResident: Case = {
  name: "an employed Hong Kong resident (not eligible)",
  server: "centralized",
  pages: [
    { path: "where", fields: { pack: "ningbo-2026" } },
    { path: "birth-date", fields: { "birthDate.year": "1988", "birthDate.month": "7", "birthDate.day": "1" } },
    { path: "status", fields: { residency: "hmt-residence-permit", otherInsurance: "none" } },
    { path: "employed", fields: { employed: "yes" } },
  ],
  expect: async (journey) => {
    const main = journey.page.getByRole("main");
    await expect(journey.page.getByRole("heading", { level: 1 })).toHaveText("不能参加宁波市2026年度城乡居民医保");
    await expect(main).toContainText("港澳台居民只有在本市居住且未就业时，才能持港澳台居民居住证参加居民医保。");
    await expect(main).not.toContainText("¥");
    await journey.followClause("ningbo-2026-enrollment", "二(一)2(2)", "在本市居住但未就業的港澳臺人員");
  },
};

const newborn: Case = {
  name: "a newborn within 90 days",
  server: "centralized",
  pages: [
    { path: "where", fields: { pack: "ningbo-2026" } },
    { path: "birth-date", fields: { "birthDate.year": "2025", "birthDate.month": "10", "birthDate.day": "1" } },
    { path: "status", fields: { residency: "local-hukou", otherInsurance: "none" } },
    { path: "assistance", fields: { assistance: "none" } },
    { path: "history", fields: { insuredLastYear: "no" } },
  ],
  expect: async (journey) => {
    const main = journey.page.getByRole("main");
    await expect(main).toContainText("婴幼儿");
    await expect(main).toContainText("新生儿可以选择两种缴费方式");
    await expect(main).toContainText("缴纳2025年度和2026年度，共¥1,260.00：从出生之日（2025年10月1日）起享受待遇");
    await expect(main).toContainText("只缴纳2026年度，¥630.00：从2026年1月1日起享受待遇");
    await expect(main).toContainText("都要在2025年12月30日前办理并缴费到账。");
    await expect(main).toContainText("新生儿参保缴费截止日");
    await journey.followClause("ningbo-2026-enrollment", "问答四", "新生兒在出生后90天內");
  },
};

const lateWithTwoGapYears: Case = {
  name: "late enrolment with two gap years",
  server: "late",
  pages: [
    { path: "where", fields: { pack: "ningbo-2026" } },
    { path: "birth-date", fields: { "birthDate.year": "1980", "birthDate.month": "6", "birthDate.day": "15" } },
    { path: "status", fields: { residency: "local-hukou", otherInsurance: "none" } },
    { path: "assistance", fields: { assistance: "none" } },
    { path: "history", fields: { insuredLastYear: "no", gapYears: "2" } },
  ],
  expect: async (journey) => {
    const main = journey.page.getByRole("main");
    await expect(main).toContainText("按您填写的情况，如果今天（2026年3月10日）办理。");
    await expect(main).toContainText("5个月");
    await expect(main).toContainText("如果今天缴费，从2026年8月10日起享受待遇，到2026年12月31日为止");
    await expect(main).toContainText("集中参保期后参保要等待5个月（其中因断缴2年多等2个月），从2026年8月10日开始享受待遇");
    await expect(main).toContainText("集中参保期已在2025年12月25日结束，现在办理属于年中参保。");
    await journey.followClause("ningbo-2026-enrollment", "问答一", "固定等待期3個月");
  },
};

const lateWithoutCover: Case = {
  name: "a late payment that buys no cover",
  server: "yearEnd",
  pages: [
    { path: "where", fields: { pack: "ningbo-2026" } },
    { path: "birth-date", fields: { "birthDate.year": "1975", "birthDate.month": "2", "birthDate.day": "3" } },
    { path: "status", fields: { residency: "local-hukou", otherInsurance: "none" } },
    { path: "assistance", fields: { assistance: "none" } },
    { path: "history", fields: { insuredLastYear: "no", gapYears: "1" } },
  ],
  expect: async ({ page }) => {
    const warning = page.getByRole("alert").filter({ hasText: "现在缴费，2026年度买不到任何一天保障" });
    await expect(warning).toBeVisible();
    await expect(warning).toContainText("这笔钱在本年度买不到任何一天保障");
    await expect(warning.getByRole("link", { name: "改为查询2027年度" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText("今天缴费，本年度没有待遇");
  },
};

const ningxiaMinimumLiving: Case = {
  name: "a Ningxia 低保 member in the dynamic period",
  server: "late",
  pages: [
    { path: "where", fields: { pack: "ningxia-2026" } },
    { path: "birth-date", fields: { "birthDate.year": "1960", "birthDate.month": "9", "birthDate.day": "9" } },
    { path: "status", fields: { residency: "local-hukou", otherInsurance: "none" } },
    { path: "assistance", fields: { assistance: "minimum-living" } },
    { path: "history", fields: { insuredLastYear: "no" } },
  ],
  expect: async (journey) => {
    const main = journey.page.getByRole("main");
    await expect(journey.page.getByRole("heading", { level: 1 })).toHaveText("可以参加宁夏回族自治区2026年度城乡居民医保");
    await expect(main).toContainText("城乡居民");
    await expect(main).toContainText("¥80.00");
    await expect(main).toContainText("通知未公布具体金额");
    await expect(main).toContainText("没有等待期");
    await expect(main).toContainText("缴费后从缴费之日（2026年3月10日）起享受待遇，不用补缴费，也不设等待期。");
    await expect(main).toContainText("属于可以随时参保缴费的群体，集中参保期结束后也可以办理。");
    await journey.followClause("ningxia-2026-notice-108", "一(二)", "动态参保");
  },
};

const CASES = [adultWhoRenews, preschoolChild, employedHongKongResident, newborn, lateWithTwoGapYears, lateWithoutCover, ningxiaMinimumLiving];

test.describe.configure({ timeout: 120_000 });

for (const journeyCase of CASES) {
  test.describe(() => {
    test.use({ baseURL: baseUrl(journeyCase.server) });
    test(`J1 zh-Hans: ${journeyCase.name}`, async ({ page }) => {
      const journey = new Journey(page, "zh-Hans");
      await journey.start();
      await journey.answer(journeyCase.pages);
      await journey.result();
      await journeyCase.expect(journey);
    });
  });
}

test("J1 zh-Hant: an adult who renews, in Traditional characters", async ({ page }) => {
  const journey = new Journey(page, "zh-Hant");
  await journey.start();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("參保人要在哪裡參保？");
  await journey.answer(adultWhoRenews.pages);
  await expect(page.getByRole("main")).toContainText("寧波市，2026年度");
  await journey.result();
  const main = page.getByRole("main");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("可以參加寧波市2026年度城鄉居民醫保");
  await expect(main).toContainText("成年居民");
  await expect(main).toContainText("¥780.00");
  await expect(main).toContainText("以稅務部門核定金額為準");
  await expect(main).toContainText("續保：不用登記，直接繳費");
  await journey.followClause("ningbo-2026-enrollment", "二(一)1(5)", "18周歲以上的成年居民");
});

test("J1 links to what changed this year when the pack differs from last year's (issue 15)", async ({ page }) => {
  const journey = new Journey(page, "zh-Hans");
  await journey.start();
  await journey.answer(adultWhoRenews.pages);
  await journey.result();
  await page.getByRole("link", { name: "2026年度政策与上一年度相比有变化：看看今年有什么变化" }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/policies\/ningbo-2026\/changes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("宁波市2026年度：今年有什么变化");
});

test("J1 en: an employed Hong Kong resident is told why not", async ({ page }) => {
  const journey = new Journey(page, "en");
  await journey.start();
  await journey.answer(employedHongKongResident.pages);
  await journey.result();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The person cannot join resident medical insurance in Ningbo for 2026");
  await expect(page.getByRole("main")).toContainText(
    "Residents from Hong Kong, Macao or Taiwan can join with their residence permit only if they live here and are not employed.",
  );
  await journey.followClause("ningbo-2026-enrollment", "二(一)2(2)", "在本市居住但未就業的港澳臺人員");
});

test.describe("en, late period", () => {
  test.use({ baseURL: baseUrl("late") });
  test("J1 en: a Ningxia dynamic-period member, amounts and start date in English", async ({ page }) => {
    const journey = new Journey(page, "en");
    await journey.start();
    await journey.answer(ningxiaMinimumLiving.pages);
    await expect(page.getByRole("main")).toContainText("Recipient of minimum-income support (dibao)");
    await journey.result();
    const main = page.getByRole("main");
    await expect(main).toContainText("Resident");
    await expect(main).toContainText("¥80.00");
    await expect(main).toContainText("Cover starts on the day you pay (10 March 2026), with no extra charge and no waiting period.");
    // Ningxia's first pack has no earlier year to differ from: no "what changed" link.
    await expect(page.getByTestId("policy-changes-link")).toHaveCount(0);
  });
});

test.describe("elder mode", () => {
  test.use({ baseURL: baseUrl("late") });
  test("J1 in elder mode: large type, large targets, one column", async ({ page, context }) => {
    await context.addCookies([{ name: "portal-elder", value: "1", url: baseUrl("late") }]);
    const journey = new Journey(page, "zh-Hans");
    await journey.start();
    await journey.arrive("/check/where");
    await expect(page.getByText("当前为长辈版")).toBeVisible();
    const fontSize = await page.locator("main label").first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(20);
    const small = await page.locator("main button, main a, main label").evaluateAll((elements) =>
      elements.filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 48).map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(small).toEqual([]);
    await journey.fill({ pack: "ningxia-2026" });
    await page.getByRole("button", { name: "继续" }).click();
    await journey.answer(ningxiaMinimumLiving.pages.slice(1));
    await page.getByRole("link", { name: "查看结果" }).click();
    await journey.arrive("/check/result");
    expect(journey.screens).toBeLessThanOrEqual(MAX_SCREENS);
    await ningxiaMinimumLiving.expect(journey);
    await page.goto("/zh-Hans/check/result");
    const columns = await page.locator("main [data-columns]").first().evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(" ").length);
    expect(columns).toBe(1);
  });
});

test.describe("moving around", () => {
  test("a change link returns to the question and straight back to the summary", async ({ page }) => {
    const journey = new Journey(page, "zh-Hans");
    await journey.start();
    await journey.answer(adultWhoRenews.pages);
    await expect(page.getByRole("main")).toContainText("1985年4月12日");
    await page.getByRole("link", { name: "修改出生日期" }).click();
    await journey.arrive("/check/birth-date");
    await expect(page.locator('[name="birthDate.year"]')).toHaveValue("1985");
    await journey.fill({ "birthDate.year": "1986" });
    await page.getByRole("button", { name: "继续" }).click();
    await journey.arrive("/check/answers");
    await expect(page.getByRole("main")).toContainText("1986年4月12日");

    // A change that settles the result drops the questions that no longer matter.
    await page.getByRole("link", { name: "修改已有医保" }).click();
    await journey.arrive("/check/status");
    await journey.fill({ otherInsurance: "employee" });
    await page.getByRole("button", { name: "继续" }).click();
    await journey.arrive("/check/answers");
    await expect(page.getByRole("main")).not.toContainText("去年参保情况");
    await page.getByRole("link", { name: "查看结果" }).click();
    await journey.arrive("/check/result");
    await expect(page.getByRole("main")).toContainText("已参加职工医保的人员不能再参加居民医保（不能重复参保）。");
  });

  test("a change that makes a new question necessary asks it, then returns to the summary", async ({ page }) => {
    const journey = new Journey(page, "zh-Hans");
    await journey.start();
    await journey.answer(adultWhoRenews.pages);
    await page.getByRole("link", { name: "修改出生日期" }).click();
    await journey.arrive("/check/birth-date");
    await journey.fill({ "birthDate.year": "2005" });
    await page.getByRole("button", { name: "继续" }).click();
    // A 20-year-old may be at school, and may have been a university student last year.
    await journey.answer([
      { path: "school", fields: { school: "none" } },
      { path: "history", fields: { lastCategory: "college" } },
    ]);
    await expect(page.getByRole("main")).toContainText("按大学生参保");
    await page.getByRole("link", { name: "查看结果" }).click();
    await journey.arrive("/check/result");
    await expect(page.getByRole("main")).toContainText("参保类别从大学生变为成年居民，需要重新办理参保手续。");
  });

  test("back links go to the previous question with its answer kept", async ({ page }) => {
    const journey = new Journey(page, "zh-Hans");
    await journey.start();
    await journey.answer(adultWhoRenews.pages);
    await page.getByRole("link", { name: "返回" }).click();
    await journey.arrive("/check/history");
    await expect(page.locator('[name="insuredLastYear"][value="yes"]')).toBeChecked();
    await expect(page.locator('[name="yearsInsured"]')).toHaveValue("6");
    await page.getByRole("link", { name: "返回" }).click();
    await journey.arrive("/check/assistance");
    await expect(page.locator('[name="assistance"][value="none"]')).toBeChecked();
    await page.getByRole("link", { name: "返回" }).click();
    await journey.arrive("/check/status");
    await page.getByRole("link", { name: "返回" }).click();
    await journey.arrive("/check/birth-date");
    await page.getByRole("link", { name: "返回" }).click();
    await journey.arrive("/check/where");
    await expect(page.locator('[name="pack"][value="ningbo-2026"]')).toBeChecked();
  });

  test("a page cannot be reached before the questions before it, and nothing personal is in the address", async ({ page }) => {
    await page.goto("/zh-Hans/check/history");
    await expect(page).toHaveURL(/\/zh-Hans\/check\/where$/);
    await page.goto("/zh-Hans/check/result");
    await expect(page).toHaveURL(/\/zh-Hans\/check\/where$/);
    const journey = new Journey(page, "zh-Hans");
    await journey.start();
    await journey.answerPages(adultWhoRenews.pages.slice(0, 2));
    await journey.arrive("/check/status");
    expect(page.url()).not.toContain("1985");
    const draft = (await page.context().cookies()).find((cookie) => cookie.name === "portal-check");
    expect(draft?.httpOnly).toBe(true);
    expect(draft?.sameSite).toBe("Lax");
    expect(draft?.value).not.toContain("1985");
    expect(draft!.expires - Date.now() / 1000).toBeGreaterThan(23 * 3600);
    // Pages that show answers are never stored by a cache.
    const response = await page.request.get("/zh-Hans/check/status");
    expect(response.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("validation", () => {
  test("an impossible date is explained in the summary and beside the field, keeping what was typed", async ({ page }) => {
    const journey = new Journey(page, "zh-Hans");
    await journey.start();
    await journey.arrive("/check/where");
    await journey.fill({ pack: "ningbo-2026" });
    await page.getByRole("button", { name: "继续" }).click();
    await journey.arrive("/check/birth-date");
    await journey.fill({ "birthDate.year": "1985", "birthDate.month": "2", "birthDate.day": "30" });
    await page.getByRole("button", { name: "继续" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "请先修改以下问题" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("link", { name: "请输入真实的日期，年份是4位数字，例如1965年3月8日" })).toHaveAttribute("href", "#field-birthDate");
    await expect(page.locator("#field-birthDate-error")).toContainText("请输入真实的日期");
    await expect(page.locator('[name="birthDate.year"]')).toHaveValue("1985");
    await expect(page.locator('[name="birthDate.day"]')).toHaveValue("30");
    await expect(page).toHaveURL(/\/zh-Hans\/check\/birth-date$/);
    await expectAccessible(page);
    await journey.fill({ "birthDate.day": "28" });
    await page.getByRole("button", { name: "继续" }).click();
    await journey.arrive("/check/status");
  });

  test("a question left unanswered is asked for", async ({ page }) => {
    const journey = new Journey(page, "zh-Hans");
    await journey.start();
    await journey.arrive("/check/where");
    await page.getByRole("button", { name: "继续" }).click();
    await expect(page.locator("#error-summary")).toContainText("请选择在哪里参保");
    await expect(page.locator("#field-pack-error")).toContainText("请选择在哪里参保");
  });
});

test.describe("year end", () => {
  test.use({ baseURL: baseUrl("yearEnd") });
  test("offers this year late and next year's projected pack, labelled as such", async ({ page }) => {
    const journey = new Journey(page, "zh-Hans");
    await journey.start();
    await journey.arrive("/check/where");
    const main = page.getByRole("main");
    await expect(main).toContainText("宁波市，2026年度");
    await expect(main).toContainText("集中参保期已在2025年12月25日结束，现在参保属于年中参保");
    await expect(main).toContainText("宁波市，2027年度");
    await expect(main).toContainText("2027年度政策尚未发布，按2026年度规则预估");
    await expect(main).toContainText("宁夏回族自治区，2026年度");
  });
});

test("the result prints without the site's header and footer", async ({ page }) => {
  const journey = new Journey(page, "zh-Hans");
  await journey.start();
  await journey.answer(adultWhoRenews.pages);
  await journey.result();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("link", { name: "修改回答" })).toBeHidden();
  await expect(page.getByRole("main")).toContainText("依据：宁波市2026年度城乡居民医保参保缴费事项与问答，二(一)1(5)");
});
