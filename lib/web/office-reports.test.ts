import { createTranslator } from "use-intl/core";
import { describe, expect, it, vi } from "vitest";
import type { StaffActor } from "@/lib/auth/staff-actor";
import { loadMessages } from "@/lib/i18n/messages";
import { exportRequest, exportWords, rateQuery, reportYears, servedRegions } from "./office-reports";

vi.mock("server-only", () => ({}));
vi.mock("next-intl/server", () => ({
  getTranslations: async (options: { locale: "zh-Hans" | "zh-Hant" | "en"; namespace: string }) =>
    createTranslator({ locale: options.locale, messages: (await loadMessages(options.locale)) as never, namespace: options.namespace as never }),
}));

const staff = (region: string | null, roles: StaffActor["roles"] = ["clerk"]): StaffActor => ({ staffId: "s", staffNumber: "S1", roles, region });
const TODAY = "2025-11-20";

describe("the reports' queries", () => {
  it("offers the coverage years with a pack in the regions served, the current one first shown", () => {
    expect(reportYears(staff(null), TODAY)).toEqual({ years: [2026, 2023, 2022], current: 2026 });
    expect(reportYears(staff("ningxia"), TODAY)).toEqual({ years: [2026], current: 2026 });
    expect(servedRegions(staff(null, []))).toEqual([]);
  });

  it("refuses a year without a pack, and reads the region", () => {
    expect(rateQuery({ year: "2024" }, staff(null), TODAY)).toMatchObject({ errors: [{ field: "year", message: "yearInvalid" }], request: null });
    expect(rateQuery({ year: "2023", region: "ningbo" }, staff(null), TODAY).request).toEqual({ coverageYear: 2023, region: "ningbo" });
    expect(rateQuery({}, staff(null), TODAY).request).toEqual({ coverageYear: 2026, region: null });
  });

  it("turns a download's address into the table's request with its page's schema", () => {
    expect(exportRequest("payments", {}, staff(null), TODAY)).toEqual({ table: "payments", from: "2025-11-14", to: TODAY, region: null });
    expect(exportRequest("deadlines", { days: "3", region: "ningxia" }, staff(null), TODAY)).toEqual({ table: "deadlines", withinDays: 3, region: "ningxia" });
    expect(exportRequest("assisted", { year: "2023" }, staff(null), TODAY)).toEqual({ table: "assisted", coverageYear: 2023, region: null });
    expect(exportRequest("payments", { from: "2025-01-01" }, staff(null), TODAY)).toBeNull();
  });

  it("words the file in the staff member's language", async () => {
    const words = await exportWords("zh-Hant");
    expect([words.heading("population"), words.region("ningbo"), words.channel("family-aid-account"), words.total, words.reached(false)]).toEqual([
      "應參保",
      "寧波市",
      "家庭共濟（職工醫保歷年賬戶）",
      "合計",
      "未達到",
    ]);
    expect((await exportWords("en")).group("ningxia", "veteran", "2026年的退役军人", 2027)).toContain("2027");
  });
});
