// @vitest-environment happy-dom
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { HistoryFields } from "@/lib/check/steps";
import type { FormState as ActionState, RawValues } from "@/lib/forms/form-state";
import type { FieldView } from "./field-view";
import { QuestionForm } from "./QuestionForm";

type FormState = ActionState<RawValues>;

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const labels = { caption: "查一查能否参保", continue: "继续", errorSummaryTitle: "请先修改以下问题", errorPrefix: "错误：", date: { year: "年", month: "月", day: "日" } };
const errorTexts = {
  "errors.birthDate.required": "请输入出生日期",
  "errors.birthDate.incomplete": "出生日期要包括年、月、日",
  "errors.birthDate.invalid": "请输入真实的日期",
  "errors.birthDate.tooEarly": "出生年份不能早于1900年",
  "errors.birthDate.future": "出生日期不能晚于今天",
  "errors.history.required": "请选择去年是否参加了居民医保",
  "errors.history.gapRequired": "请填写连续没有参保的年数",
  "errors.history.gapInvalid": "连续没有参保的年数要填1到10之间的整数",
};

let root: Root | undefined;
let container: HTMLDivElement;

async function render(node: React.ReactNode) {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
  await act(async () => root!.render(node));
}

afterEach(async () => {
  await act(async () => root?.unmount());
  container.remove();
});

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 20)));
const input = (name: string) => container.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const summary = () => container.querySelector("#error-summary")?.textContent ?? "";

async function type(name: string, value: string) {
  await act(async () => {
    const element = input(name);
    // The native setter, so that React sees a change (as when a person types).
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    container.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }));
  });
  await settle();
}

const birthDate: FieldView[] = [{ kind: "date", name: "birthDate", label: "参保人的出生日期是哪一天？", heading: true }];

describe("QuestionForm with JavaScript", () => {
  it("validates with the page's schema before sending, and does not send a wrong date", async () => {
    const action = vi.fn(async (state: FormState) => state);
    await render(<QuestionForm step="birth-date" context={{ today: "2025-11-20" }} action={action} fields={birthDate} initial={{}} errorTexts={errorTexts} labels={labels} />);
    await type("birthDate.year", "1985");
    await type("birthDate.month", "2");
    await type("birthDate.day", "30");
    await submit();
    expect(action).not.toHaveBeenCalled();
    expect(summary()).toContain("请输入真实的日期");
    expect(container.querySelector("#field-birthDate-error")?.textContent).toContain("请输入真实的日期");
    expect(input("birthDate.day").value).toBe("30");

    // Once shown, the error follows what is typed.
    await type("birthDate.day", "28");
    await settle();
    expect(summary()).toBe("");
  });

  it("validates a question as the person leaves it, not while they move between its boxes", async () => {
    const action = vi.fn(async (state: FormState) => state);
    await render(<QuestionForm step="birth-date" context={{ today: "2025-11-20" }} action={action} fields={birthDate} initial={{}} errorTexts={errorTexts} labels={labels} />);
    const leave = (name: string, to: Element | null) =>
      act(async () => {
        input(name).dispatchEvent(new FocusEvent("focusout", { bubbles: true, relatedTarget: to }));
      });
    await type("birthDate.year", "85");
    await leave("birthDate.year", input("birthDate.month"));
    await settle();
    expect(summary()).toBe("");
    await type("birthDate.month", "1");
    await type("birthDate.day", "1");
    await leave("birthDate.day", container.querySelector("button"));
    await settle();
    expect(container.querySelector("#field-birthDate-error")?.textContent).toContain("请输入真实的日期");
    expect(action).not.toHaveBeenCalled();
  });

  it("shows the server's errors when the server refuses the answer", async () => {
    // The server translates its errors (lib/web/form-action) with the same texts.
    const action = vi.fn(async (_state: FormState, data: FormData): Promise<FormState> => ({
      values: { birthDate: { year: String(data.get("birthDate.year")), month: "1", day: "1" } },
      errors: [{ field: "birthDate", message: errorTexts["errors.birthDate.future"] }],
    }));
    await render(<QuestionForm step="birth-date" context={{ today: "2025-11-20" }} action={action} fields={birthDate} initial={{}} errorTexts={errorTexts} labels={labels} />);
    await type("birthDate.year", "1985");
    await type("birthDate.month", "1");
    await type("birthDate.day", "1");
    await submit();
    expect(action).toHaveBeenCalledOnce();
    expect(summary()).toContain("出生日期不能晚于今天");
  });
});

describe("conditional questions", () => {
  const fields: HistoryFields = { years: false, maxYears: 10, zeroClaim: false, lastCategories: [], gapYears: true, maxGapYears: 10 };
  const history: FieldView[] = [
    { kind: "radio", name: "insuredLastYear", label: "去年参保了吗？", heading: true, choices: [{ value: "yes", label: "参加了" }, { value: "no", label: "没有参加" }] },
    { kind: "number", name: "gapYears", label: "已经连续几年没有参保？", when: { name: "insuredLastYear", value: "no", intro: "如果没有参加，请再回答：" } },
  ];

  it("reveals a follow-up question only once its condition is chosen, and asks it", async () => {
    const action = vi.fn(async (state: FormState) => state);
    await render(<QuestionForm step="history" context={fields} action={action} fields={history} initial={{}} errorTexts={errorTexts} labels={labels} />);
    const group = () => input("gapYears").closest("div[hidden], div:not([hidden])")!.parentElement!;
    expect(group().hidden).toBe(true);
    await act(async () => input("insuredLastYear").parentElement!.parentElement!.querySelectorAll<HTMLInputElement>("input")[1]!.click());
    expect(group().hidden).toBe(false);
    await submit();
    expect(action).not.toHaveBeenCalled();
    expect(summary()).toContain("请填写连续没有参保的年数");
  });
});
