import { createTranslator } from "use-intl/core";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { correctionSchema } from "@/lib/forms/enrollment";
import { realNameStepSchema } from "@/lib/forms/sign-in";
import { loadMessages } from "@/lib/i18n/messages";
import { errorsIn, formAction } from "./form-action";

vi.mock("server-only", () => ({}));

// next-intl's server half needs a Next.js request; here it is the real messages of the locale asked for.
const asked = vi.hoisted(() => [] as unknown[]);
vi.mock("next-intl/server", () => ({
  getTranslations: async (options: { locale: "zh-Hans" | "zh-Hant" | "en"; namespace: string }) => {
    asked.push(options);
    return createTranslator({ locale: options.locale, messages: (await loadMessages(options.locale)) as never, namespace: options.namespace as never });
  },
}));

const form = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

const realName = (run = vi.fn(async () => undefined), maxLength = 200) =>
  formAction(realNameStepSchema, run, { locale: "zh-Hans", messages: errorsIn("signIn.errors"), maxLength });

beforeEach(() => {
  asked.length = 0;
});

describe("formAction", () => {
  it("runs the use case with the parsed values, and the values as posted", async () => {
    const run = vi.fn(async () => ({ errors: [], values: { name: "answered", idNumber: "" } }));
    const answer = await formAction(realNameStepSchema, run, { locale: "en", messages: errorsIn("signIn.errors") })(
      form([["name", "  王芳 "], ["idNumber", "11010519491231002X"], ["$ACTION_ID_abc", ""]]),
    );
    expect(answer).toEqual({ errors: [], values: { name: "answered", idNumber: "" } });
    expect(run).toHaveBeenCalledOnce();
    const [parsed, given] = run.mock.calls[0] as unknown as [unknown, { values: unknown; locale: string; t: (key: string) => string }];
    expect(parsed).toEqual({ name: "王芳", idNumber: "11010519491231002X" });
    expect(given.values).toEqual({ name: "  王芳 ", idNumber: "11010519491231002X" });
    expect(given.locale).toBe("en");
    expect(given.t("codeLocked")).toMatch(/\S/);
    expect(asked).toEqual([{ locale: "en", namespace: "signIn.errors" }]);
  });

  it("answers the schema's errors translated, one per field, keeping everything entered", async () => {
    const run = vi.fn(async () => undefined);
    const answer = await realName(run)(form([["name", ""], ["idNumber", "1101051949"]]));
    expect(run).not.toHaveBeenCalled();
    expect(answer).toEqual({
      errors: [
        { field: "name", message: "请输入姓名" },
        { field: "idNumber", message: "身份证号码应为18位：前17位是数字，最后一位是数字或X" },
      ],
      values: { name: "", idNumber: "1101051949" },
    });
  });

  it("works with a zod (classic) schema as with zod/mini, in the locale asked for", async () => {
    const answer = await formAction(correctionSchema, async () => undefined, { locale: "en", messages: errorsIn("enrollment.errors"), maxLength: 600 })(
      form([["fact", "residency"], ["note", " "]]),
    );
    expect(answer.errors).toEqual([{ field: "note", message: expect.stringMatching(/\S/) }]);
    expect(answer.errors[0]!.message).not.toBe("noteRequired");
    expect(answer.values).toEqual({ fact: "residency", note: " " });
  });

  it("cuts a value that is too long at the form's limit", async () => {
    const run = vi.fn(async () => undefined);
    const answer = await realName(run, 200)(form([["name", "王".repeat(10_000)], ["idNumber", "11010519491231002X"]]));
    expect(answer.values.name).toHaveLength(200);
    // 200 characters are more than a name may have: refused, not cut into a name that passes.
    expect(answer.errors).toEqual([{ field: "name", message: "姓名不能超过60个字" }]);
    expect(run).not.toHaveBeenCalled();
  });

  it("reads a malformed post (a file, a field missing, no body at all) as empty fields", async () => {
    const file = await realName()(form([["name", new Blob(["王芳"])], ["idNumber", new Blob(["x"])]]));
    expect(file.values).toEqual({ name: "", idNumber: "" });
    expect(file.errors.map((e) => e.field)).toEqual(["name", "idNumber"]);
    const missing = await realName()(form([["other", "x"]]));
    expect(missing.values).toEqual({ name: "", idNumber: "" });
    const none = await realName()(undefined);
    expect(none).toEqual(missing);
  });

  it("hands a plain form's refusal to `invalid` (a redirect), not to the page", async () => {
    const invalid = vi.fn(() => {
      throw new Error("NEXT_REDIRECT");
    });
    const action = formAction(z.object({ relative: z.string().regex(/^[a-z0-9-]{1,40}$/) }), async () => undefined, { invalid });
    await expect(action(form([["relative", "../../etc"]]))).rejects.toThrow("NEXT_REDIRECT");
    expect(invalid).toHaveBeenCalledWith({ errors: [{ field: "relative", message: expect.any(String) }], values: { relative: "../../etc" } });
  });

  it("gives back what run gives (an error of the use case), or the form as it was", async () => {
    const refused = await formAction(z.object({ code: z.string() }), async (_parsed, { error, t }) => error("code", t("codeWrong")), {
      messages: async () => (key: string) => `«${key}»`,
    })(form([["code", "123456"]]));
    expect(refused).toEqual({ errors: [{ field: "code", message: "«codeWrong»" }], values: { code: "123456" } });
    const quiet = await formAction(z.object({}), async () => undefined)(form([["anything", "x"]]));
    expect(quiet).toEqual({ errors: [], values: {} });
  });

  it("reads every name, nested, for a schema of its own shape (J1)", async () => {
    const schema = z.object({ birthDate: z.object({ year: z.string(), month: z.string() }), assistance: z.array(z.string()) });
    const run = vi.fn(async () => undefined);
    const answer = await formAction(schema, run, { read: "nested" })(form([["birthDate.year", "1985"], ["birthDate.month", "4"], ["assistance", "a"], ["assistance", "b"]]));
    expect(answer.values).toEqual({ birthDate: { year: "1985", month: "4" }, assistance: ["a", "b"] });
    expect(run).toHaveBeenCalledWith({ birthDate: { year: "1985", month: "4" }, assistance: ["a", "b"] }, expect.anything());
    const refused = await formAction(schema, run, { read: "nested", messages: async () => (key: string) => `«${key}»` })(form([["birthDate.year", "1985"]]));
    expect(refused.errors.map((e) => e.field)).toEqual(["birthDate", "assistance"]);
    expect(refused.values).toEqual({ birthDate: { year: "1985" } });
  });

  it("refuses, at once, to read fields from a schema that has none", () => {
    expect(() => formAction(z.string(), async () => undefined)).toThrow(/read: "nested"/);
  });
});
