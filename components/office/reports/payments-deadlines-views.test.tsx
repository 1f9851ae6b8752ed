// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { renderIn, type TestPage } from "../testing";
import { DeadlinesView } from "./DeadlinesView";
import { PaymentsView } from "./PaymentsView";

const page = vi.hoisted((): TestPage => ({ locale: "zh-Hans", messages: {} }));
vi.mock("next-intl/server", async () => (await import("../testing")).intlServer(page));
vi.mock("@/lib/i18n/navigation", async () => (await import("../testing")).navigation(page));

const cells = (root: HTMLElement, selector: string) => [...root.querySelectorAll(selector)].map((tr) => [...tr.children].map((cell) => cell.textContent));

describe("PaymentsView", () => {
  const report = {
    from: "2025-11-14",
    to: "2025-11-20",
    regions: ["ningbo" as const],
    days: [{ paidOn: "2025-11-18", channel: "family-aid-account", payments: 3, amountFen: 234_000, refundDue: 1 }],
    total: { payments: 3, amountFen: 234_000, refundDue: 1 },
  };

  it("a row per day and channel, the channel in words, amounts in yuan, the total below", async () => {
    const root = await renderIn(page, "en", <PaymentsView values={{ from: "2025-11-14", to: "2025-11-20", region: "" }} errors={[]} regions={["ningbo"]} report={report} />);
    expect(cells(root, "tbody tr")).toEqual([["18 November 2025", "Family mutual aid (employee account)", "3", "¥2,340.00", "1"]]);
    expect(cells(root, "tfoot tr")).toEqual([["Total", "3", "¥2,340.00", "1"]]);
    expect(root.querySelector<HTMLInputElement>('input[name="from"]')?.type).toBe("date");
    expect(root.querySelector('[data-testid="export-payments"]')?.getAttribute("href")).toBe("/en/office/reports/export/payments?from=2025-11-14&to=2025-11-20");
  });

  it("a range that is too long: the error beside the field, and no table", async () => {
    const root = await renderIn(page, "zh-Hans", <PaymentsView values={{ from: "2025-01-01", to: "2025-11-20", region: "" }} errors={[{ field: "to", message: "paymentRangeInvalid" }]} regions={["ningbo"]} report={null} />);
    expect(root.querySelector("#field-to-error")?.textContent).toContain("最多92天");
    expect(root.querySelector("table")).toBeNull();
  });
});

describe("DeadlinesView", () => {
  it("says which days it covers, a row per date and district", async () => {
    const report = {
      today: "2025-11-20",
      until: "2025-11-27",
      withinDays: 7,
      groups: [{ region: "ningbo" as const, district: "海曙区", dueDate: "2025-11-25", notices: 2, amountFen: 156_000 }],
      total: { notices: 2, amountFen: 156_000 },
    };
    const root = await renderIn(page, "zh-Hant", <DeadlinesView values={{ days: "7", region: "" }} errors={[]} regions={["ningbo", "ningxia"]} report={report} />);
    expect(root.querySelector("h1")?.parentElement?.textContent).toContain("2025年11月20日至2025年11月27日");
    expect(cells(root, "tbody tr")).toEqual([["2025年11月25日", "寧波市", "海曙区", "2", "¥1,560.00"]]);
    expect([...root.querySelectorAll('select[name="region"] option')].map((o) => o.textContent)).toEqual(["我負責的全部地區", "寧波市", "寧夏回族自治區"]);
  });
});
