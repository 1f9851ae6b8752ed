// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import type { Locale } from "@/lib/i18n/routing";
import type { AuditHit } from "@/lib/services/office/audit-search";
import { renderIn, type TestPage } from "../testing";
import { AuditSearchView, type AuditValues } from "./AuditSearchView";

const page = vi.hoisted((): TestPage => ({ locale: "zh-Hans", messages: {} }));
vi.mock("next-intl/server", async () => (await import("../testing")).intlServer(page));
vi.mock("@/lib/i18n/navigation", async () => (await import("../testing")).navigation(page));

const VALUES: AuditValues = { person: "nb-02-2", staff: "", action: "payment.recorded", from: "2025-11-01", to: "2025-11-30", before: "" };
const HIT: AuditHit = {
  id: 41,
  at: new Date("2025-11-20T04:05:06Z"),
  action: "payment.recorded",
  outcome: "success",
  staffNumber: "C001",
  person: { id: "nb-02-2", name: "何秀英", idNumberMasked: "**************0483" },
  detail: { reference: "JF20260000011", amountFen: 78000 },
};
const search = async () => {};

async function render(locale: Locale, props: Partial<Parameters<typeof AuditSearchView>[0]> = {}) {
  return renderIn(
    page,
    locale,
    <AuditSearchView values={VALUES} errors={[]} actions={["payment.recorded", "sign-in.success"]} results={{ hits: [HIT], next: 41, person: HIT.person }} search={search} {...props} />,
  );
}

describe("AuditSearchView", () => {
  it("shows each event with the person masked to the last four, the staff number, the outcome in words and the details", async () => {
    const root = await render("zh-Hans");
    const row = root.querySelector('[data-testid="audit-event"]')!;
    const cells = [...row.children].map((cell) => cell.textContent);
    expect(cells[0]).toBe("2025年11月20日 12:05:06");
    expect(cells.slice(1, 5)).toEqual(["payment.recorded", "已完成", "C001", "何秀英 **************0483"]);
    expect(cells[5]).toBe("reference: JF20260000011amountFen: 78000");
    expect(root.querySelector('[data-testid="audit-person"]')?.textContent).toBe("关于何秀英（**************0483）的记录");
    expect(root.innerHTML).not.toMatch(/\d{17}[\dX]/);
  });

  it("pages with plain links (no prefetch: each page is an audited search), keeping the criteria", async () => {
    const root = await render("en", { values: { ...VALUES, before: "99" } });
    const links = [...root.querySelectorAll("section a")].map((a) => [a.textContent, a.getAttribute("href")]);
    expect(links).toEqual([
      ["Newest events", "/en/office/audit?person=nb-02-2&action=payment.recorded&from=2025-11-01&to=2025-11-30"],
      ["Older events", "/en/office/audit?person=nb-02-2&action=payment.recorded&from=2025-11-01&to=2025-11-30&before=41"],
    ]);
  });

  it("the last page has no link to older events; no search yet shows the form only", async () => {
    expect((await render("en", { results: { hits: [], next: null, person: null } })).querySelector("section")?.textContent).toBe("No events match");
    const blank = await render("zh-Hant", { results: null });
    expect(blank.querySelector("section")).toBeNull();
    expect(blank.querySelector('input[name="person"]')?.getAttribute("autocomplete")).toBe("off");
  });

  it("keeps what was typed beside its error", async () => {
    const root = await render("en", { values: { ...VALUES, staff: "Z 9" }, errors: [{ field: "staff", message: "staffFormat" }], results: null });
    expect(root.querySelector("#error-summary a")?.getAttribute("href")).toBe("#field-staff");
    expect(root.querySelector<HTMLInputElement>('input[name="staff"]')?.getAttribute("value")).toBe("Z 9");
    expect(root.querySelector("#field-staff-error")?.textContent).toContain("Enter a staff number");
  });
});
