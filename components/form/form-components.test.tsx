// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CheckboxField, RadioField } from "./ChoiceField";
import { DateField } from "./DateField";
import { ErrorSummary, fieldId } from "./ErrorSummary";
import { TextField } from "./TextField";

const html = (node: React.ReactElement) => {
  const container = document.createElement("div");
  container.innerHTML = renderToStaticMarkup(node);
  return container;
};

describe("TextField", () => {
  it("labels the input and ties hint and error to it", () => {
    const root = html(<TextField name="phone" label="手机号" hint="11位数字" error="请输入11位手机号" errorPrefix="错误：" defaultValue="138" />);
    const input = root.querySelector("input")!;
    expect(input.id).toBe(fieldId("phone"));
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe("手机号");
    expect(input.getAttribute("aria-invalid")).toBe("true");
    const described = input.getAttribute("aria-describedby")!.split(" ");
    expect(described.map((id) => root.querySelector(`#${id}`)?.textContent)).toEqual(["11位数字", "错误： 请输入11位手机号"]);
    expect(input.getAttribute("value")).toBe("138");
  });

  it("is not marked invalid without an error", () => {
    const input = html(<TextField name="phone" label="手机号" errorPrefix="错误：" />).querySelector("input")!;
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(input.hasAttribute("aria-describedby")).toBe(false);
  });
});

describe("DateField", () => {
  it("is a fieldset of year, month and day boxes keeping what was entered", () => {
    const root = html(
      <DateField name="birthDate" label="出生日期" errorPrefix="错误：" error="请输入真实的日期" value={{ year: "1990", month: "13", day: "1" }} labels={{ year: "年", month: "月", day: "日" }} />,
    );
    expect(root.querySelector("legend")?.textContent).toBe("出生日期");
    const inputs = [...root.querySelectorAll("input")];
    expect(inputs.map((i) => i.name)).toEqual(["birthDate.year", "birthDate.month", "birthDate.day"]);
    expect(inputs.map((i) => i.getAttribute("value"))).toEqual(["1990", "13", "1"]);
    // The error summary links to the first box.
    expect(inputs[0]!.id).toBe(fieldId("birthDate"));
  });
});

describe("RadioField and CheckboxField", () => {
  const choices = [
    { value: "ningbo", label: "宁波市" },
    { value: "ningxia", label: "宁夏", hint: "宁夏回族自治区" },
  ];

  it("checks the selected radio and links the first to the error summary", () => {
    const root = html(<RadioField name="region" label="您在哪里参保？" errorPrefix="错误：" choices={choices} selected="ningxia" />);
    const radios = [...root.querySelectorAll<HTMLInputElement>("input[type=radio]")];
    expect(radios.map((r) => r.hasAttribute("checked"))).toEqual([false, true]);
    expect(radios[0]!.id).toBe(fieldId("region"));
    expect(root.querySelector(`#${radios[1]!.getAttribute("aria-describedby")}`)?.textContent).toBe("宁夏回族自治区");
  });

  it("checks every selected checkbox", () => {
    const root = html(<CheckboxField name="assistance" label="属于以下人员吗？" errorPrefix="错误：" choices={choices} selected={["ningbo", "ningxia"]} />);
    expect([...root.querySelectorAll("input[type=checkbox]")].every((c) => c.hasAttribute("checked"))).toBe(true);
  });
});

describe("ErrorSummary", () => {
  it("lists each error as a link to its field", () => {
    const root = html(<ErrorSummary title="请先修改以下问题" errors={[{ field: "birthDate", message: "请输入出生日期" }]} />);
    expect(root.querySelector("[role=alert] h2")?.textContent).toBe("请先修改以下问题");
    const link = root.querySelector("a")!;
    expect(link.getAttribute("href")).toBe(`#${fieldId("birthDate")}`);
    expect(link.textContent).toBe("请输入出生日期");
  });

  it("renders nothing when there is no error", () => {
    expect(renderToStaticMarkup(<ErrorSummary title="x" errors={[]} />)).toBe("");
  });
});
