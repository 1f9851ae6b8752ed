import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * No serious or critical accessibility violation on the page as it stands. axe runs as a script,
 * so in the JavaScript-off project it checks a copy of exactly this DOM, loaded into a
 * JavaScript-enabled page at the same address (same cookies, same stylesheets).
 */
export async function expectAccessible(page: Page) {
  const scriptingOff = test.info().project.use.javaScriptEnabled === false;
  // Next.js streams a dynamic page's metadata, and after a client-side navigation React sets the
  // new <title> a moment later: wait for it rather than let axe race it (a page with no title still fails).
  if (!scriptingOff) await expect(page).toHaveTitle(/\S/);
  let target = page;
  let cleanup = async () => {};
  if (scriptingOff) {
    const browser = page.context().browser();
    if (!browser) throw new Error("expectAccessible needs a browser");
    const context = await browser.newContext({ javaScriptEnabled: true, viewport: page.viewportSize() });
    await context.addCookies(await page.context().cookies());
    target = await context.newPage();
    // Block the page's own scripts so the copy stays exactly what a browser without JavaScript shows.
    await target.route(/\/_next\/static\/.*\.js$/, (route) => route.abort());
    await target.goto(page.url(), { waitUntil: "domcontentloaded" }).catch(() => undefined);
    await target.setContent(await page.content(), { waitUntil: "load" });
    cleanup = () => context.close();
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(TAGS).analyze();
    const blocking = results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }));
    expect(blocking).toEqual([]);
  } finally {
    await cleanup();
  }
}
