import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";

/** WCAG relative luminance contrast of two "rgb(r, g, b)" colours. */
function contrast(foreground: string, background: string): number {
  const luminance = (rgb: string) => {
    const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [luminance(foreground), luminance(background)].sort((x, y) => y - x) as [number, number];
  return (a + 0.05) / (b + 0.05);
}

async function bodyTextStyle(page: Page) {
  // An ordinary paragraph of body text (not a lead paragraph or a heading).
  return page.locator("main li p").first().evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      fontSize: Math.min(parseFloat(style.fontSize), parseFloat(getComputedStyle(document.body).fontSize)),
      color: style.color,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
}

// Elder mode has a form (the toggle): this spec runs with JavaScript on and off (two projects).
test("elder mode is a toggle that persists and makes the page larger and clearer", async ({ page }) => {
  await page.goto("/zh-Hans/sources");
  const before = await bodyTextStyle(page);
  expect(before.fontSize).toBeLessThan(20);

  await page.getByRole("button", { name: "切换到长辈版" }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/sources$/);
  await expect(page.getByText("当前为长辈版")).toBeVisible();

  const after = await bodyTextStyle(page);
  expect(after.fontSize).toBeGreaterThanOrEqual(20);
  expect(contrast(after.color, after.background === "rgba(0, 0, 0, 0)" ? "rgb(255, 255, 255)" : after.background)).toBeGreaterThanOrEqual(7);

  // Every link and button in the page is at least 48px high.
  const smallTargets = await page.locator("main a, main button, header a, header button").evaluateAll((elements) =>
    elements.filter((el) => el.getBoundingClientRect().height > 0 && el.getBoundingClientRect().height < 48).map((el) => el.textContent),
  );
  expect(smallTargets).toEqual([]);

  // One column on a wide screen.
  await page.goto("/zh-Hans");
  const columns = await page.locator("[data-columns]").first().evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(" ").length);
  expect(columns).toBe(1);
  await expectAccessible(page);

  // The preference persists across pages and can be switched off again.
  await page.goto("/en");
  await expect(page.getByText("Elder mode is on")).toBeVisible();
  await page.getByRole("button", { name: "Switch back to standard mode" }).click();
  await expect(page).toHaveURL(/\/en$/);
  await expect(page.getByRole("button", { name: "Switch to elder mode" })).toBeVisible();
  expect((await bodyTextStyle(page)).fontSize).toBeLessThan(20);
});
