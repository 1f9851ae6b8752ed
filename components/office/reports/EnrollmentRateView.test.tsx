// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@/lib/i18n/routing";
import type { EnrollmentRateReport, RateCounts } from "@/lib/services/office/reports/enrollment-rate";
import { renderIn, type TestPage } from "../testing";
import { EnrollmentRateView } from "./EnrollmentRateView";

const page = vi.hoisted((): TestPage => ({ locale: "zh-Hans", messages: {} }));
vi.mock("next-intl/server", async () => (await import("../testing")).intlServer(page));
vi.mock("@/lib/i18n/navigation", async () => (await import("../testing")).navigation(page));

const counts = (population: number, paid: number, reached: boolean | null = null): RateCounts => ({
  population,
  registered: paid + 1,
  paid,
  covered: paid,
  employees: 2,
  rate: population ? Math.floor((paid * 10_000) / population) : null,
  reached,
});

const REPORT: EnrollmentRateReport = {
  coverageYear: 2023,
  today: "2025-11-20",
  regions: [
    {
      region: "ningbo",
      hasPack: true,
      target: { value: 9950, source: "cixi-2023-funding-plan#一(一)", status: "provisional" },
      districts: [
        { district: "海曙区", nonLocalPaid: 1, ...counts(200, 199, true) },
        { district: "江北区", nonLocalPaid: 0, ...counts(40, 30, false) },
        { district: "鄞州区", nonLocalPaid: 0, ...counts(0, 0) },
      ],
      total: { district: "", nonLocalPaid: 1, ...counts(240, 229, false) },
      assisted: {
        groups: [
          { group: "minimum-living", label: "最低生活保障家庭成员(含困境儿童)", target: { value: 10_000, source: "cixi-2023-funding-plan#一(一)", status: "provisional" }, ...counts(10, 9, false) },
          { group: "orphan", label: "孤儿", target: null, ...counts(3, 3) },
        ],
        total: counts(12, 11),
      },
    },
    { region: "ningxia", hasPack: false, target: null, districts: [{ district: "银川市兴庆区", nonLocalPaid: 0, ...counts(5, 5) }], total: { district: "", nonLocalPaid: 0, ...counts(5, 5) }, assisted: null },
  ],
};

async function render(locale: Locale, report: EnrollmentRateReport | null = REPORT, errors: { field: string; message: string }[] = []) {
  return renderIn(page, locale, <EnrollmentRateView values={{ year: "2023", region: "" }} errors={errors} years={[2026, 2023]} regions={["ningbo", "ningxia"]} report={report} />);
}

describe("EnrollmentRateView", () => {
  it("draws a bar per district and the target as a line, in an SVG with a title and description", async () => {
    const root = await render("zh-Hans");
    const chart = root.querySelector('[data-testid="rates-ningbo"] svg')!;
    expect(chart.getAttribute("role")).toBe("img");
    expect(chart.getAttribute("viewBox")).toMatch(/^0 0 640 \d+$/);
    expect(chart.getAttribute("width")).toBeNull(); // sized by its box (rem), so it grows in elder mode
    const [titleId, descId] = chart.getAttribute("aria-labelledby")!.split(" ");
    expect(chart.querySelector(`title#${titleId}`)?.textContent).toBe("宁波市2023年度各区县参保率（已缴费）");
    expect(chart.querySelector(`desc#${descId}`)?.textContent).toBe("共3个区县，参保率从75%到99.5%。目标：99.5%");
    expect(chart.querySelectorAll('[data-testid="rate-bar"]')).toHaveLength(3);
    expect(chart.querySelectorAll("rect")).toHaveLength(2); // 鄞州区 counts nobody: no bar
    expect(chart.querySelector('[data-testid="target-line"] text')?.textContent).toBe("目标99.5%");
  });

  it("puts the same numbers in a table with the total in its footer", async () => {
    const root = await render("zh-Hans");
    const table = root.querySelector('[data-testid="rates-ningbo"] [data-testid="rate-table-district"]')!;
    const row = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((cell) => cell.textContent));
    expect(row[0]).toEqual(["海曙区", "200", "200", "199", "199", "99.5%", "已达到", "2", "1"]);
    expect(row[2]).toEqual(["鄞州区", "0", "1", "0", "0", "–", "–", "2", "0"]);
    expect(table.querySelector("tfoot")?.textContent).toContain("合计");
  });

  it("says where the target comes from, that it is provisional, and where the sources set none", async () => {
    const root = await render("en");
    const ningbo = root.querySelector('[data-testid="rates-ningbo"]')!;
    expect(ningbo.querySelector('[data-testid="target"]')?.textContent).toMatch(/^Target: 99\.5% \(provisional\) Source: 一\(一\)/);
    expect(ningbo.querySelector('[data-testid="target"] a')?.getAttribute("href")).toBe("/en/sources/cixi-2023-funding-plan#一(一)");
    const groups = [...ningbo.querySelectorAll('[data-testid="rate-table-group"] tbody tr')].map((tr) => tr.textContent ?? "");
    expect(groups[1]).toContain("No target in the sources");
    const ningxia = root.querySelector('[data-testid="rates-ningxia"]')!;
    expect(ningxia.querySelector('[data-testid="target-none"]')?.textContent).toBe("No target in the sources");
    expect(ningxia.querySelector('[data-testid="target-line"]')).toBeNull();
    expect(ningxia.textContent).toContain("There is no policy for Ningxia Hui Autonomous Region in 2023");
  });

  it("names the roster groups in the page's language (J1's words)", async () => {
    const root = await render("zh-Hant");
    const first = root.querySelector('[data-testid="rate-table-group"] tbody th')?.textContent ?? "";
    expect(first).not.toBe("最低生活保障家庭成员(含困境儿童)");
    expect(first).toMatch(/低保|最低生活保障/);
  });

  it("links the CSV files with the query, as plain downloads", async () => {
    const root = await render("zh-Hans");
    const link = root.querySelector('[data-testid="export-enrollment-rate"]')!;
    expect(link.getAttribute("href")).toBe("/zh-Hans/office/reports/export/enrollment-rate?year=2023");
    expect(link.hasAttribute("download")).toBe(true);
  });

  it("with wrong filters: the errors, the form as typed, and no report", async () => {
    const root = await render("en", null, [{ field: "year", message: "yearInvalid" }]);
    expect(root.querySelector("#error-summary")?.textContent).toContain("Choose a coverage year from the list.");
    expect(root.querySelector("svg")).toBeNull();
    expect(root.querySelector('select[name="year"]')).not.toBeNull();
  });
});
