// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator } from "use-intl/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { describePack, packById, type Reason } from "@/lib/rules";
import { ReasonList } from "./ReasonList";

// The server half of next-intl needs a Next.js request; here it is the real messages of one locale.
const page = vi.hoisted(() => ({ locale: "zh-Hans" as "zh-Hans" | "zh-Hant" | "en", messages: {} as Record<string, unknown> }));

vi.mock("next-intl/server", () => ({
  getLocale: async () => page.locale,
  getTranslations: async (namespace?: string) => createTranslator({ locale: page.locale, messages: page.messages as never, namespace: namespace as never }),
}));

vi.mock("@/lib/i18n/navigation", () => ({
  Link: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => (
    <a href={`/${page.locale}${href}`} {...rest}>
      {children}
    </a>
  ),
}));

async function render(locale: Locale, props: Parameters<typeof ReasonList>[0]) {
  page.locale = locale;
  page.messages = await loadMessages(locale);
  const node = await ReasonList(props);
  const container = document.createElement("div");
  container.innerHTML = node ? renderToStaticMarkup(node) : "";
  return container;
}

const notOpen: Reason = { code: "period.not-open", source: "ningbo-2026-enrollment#一", params: { opens: "2025-09-01" } };
const notEmployee: Reason = { code: "familyAid.payer-not-employee", source: "ningbo-2026-enrollment#问答五" };

describe("ReasonList", () => {
  beforeEach(() => {
    page.locale = "zh-Hans";
  });

  it("shows each reason in plain words with dates in the page's language, and links its clause", async () => {
    const root = await render("zh-Hans", { reasons: [notOpen, notEmployee], testId: "why" });
    const items = [...root.querySelectorAll('[data-testid="why"] > li')];
    expect(items).toHaveLength(2);
    expect(items[0]!.textContent).toContain("集中参保还没有开始，2025年9月1日开始办理。");
    expect(items[0]!.textContent).not.toContain("2025-09-01");
    expect(items[1]!.textContent).toContain("只有参加职工医保的人才能用个人账户历年结余为亲属缴费。");
    const links = [...root.querySelectorAll("a")];
    expect(links.map((a) => a.getAttribute("href"))).toEqual(["/zh-Hans/sources/ningbo-2026-enrollment#一", "/zh-Hans/sources/ningbo-2026-enrollment#问答五"]);
    // The link's name says which clause of which document, not just "source".
    expect(links[1]!.textContent).toBe("依据：问答五 宁波市2026年度城乡居民医保参保缴费事项与问答");
    expect(links[1]!.querySelector(".sr-only")?.textContent).toBe(" 宁波市2026年度城乡居民医保参保缴费事项与问答");
  });

  it("as blocks (J1's result) shows the document's title beside the clause", async () => {
    const root = await render("zh-Hans", { reasons: [notEmployee], layout: "blocks" });
    const item = root.querySelector("ul > li.border-l-4")!;
    expect(item.querySelector("p")?.textContent).toBe("只有参加职工医保的人才能用个人账户历年结余为亲属缴费。");
    const link = item.querySelector("a")!;
    expect(link.getAttribute("href")).toBe("/zh-Hans/sources/ningbo-2026-enrollment#问答五");
    expect(link.textContent).toBe("依据：宁波市2026年度城乡居民医保参保缴费事项与问答，问答五");
    expect(root.querySelector("[data-testid]")).toBeNull();
  });

  it("formats in English, and puts the pack's group labels into words", async () => {
    const pack = describePack(packById("ningbo-2026", "2025-12-01"))!;
    const waiting: Reason = { code: "coverage.waiting-exempt", source: "ningbo-2026-enrollment#问答一", params: { group: "孤儿" } };
    const root = await render("en", { reasons: [notOpen, waiting], pack });
    const items = [...root.querySelectorAll("li")].map((li) => li.textContent ?? "");
    expect(items[0]).toContain("1 September 2025");
    expect(items[1]).toContain("Orphan");
    expect(items[1]).not.toContain("孤儿");
    expect(root.querySelector("a")?.getAttribute("href")).toBe("/en/sources/ningbo-2026-enrollment#一");
    expect(root.querySelector("a")?.textContent).toMatch(/^Source: 一 /);
  });

  it("renders nothing without reasons", async () => {
    const root = await render("zh-Hans", { reasons: [] });
    expect(root.innerHTML).toBe("");
  });
});
