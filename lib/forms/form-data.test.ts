import { describe, expect, it } from "vitest";
import { MAX_FIELD_LENGTH, readForm } from "./form-data";

describe("readForm", () => {
  it("reads posted fields as strings, whatever was posted", () => {
    const data = new FormData();
    data.set("phone", "13800131999");
    data.set("code", new Blob(["x"]));
    expect(readForm(data, { fields: ["phone", "code", "missing"], maxLength: MAX_FIELD_LENGTH })).toEqual({ phone: "13800131999", code: "", missing: "" });
  });

  it("cuts every value at the limit, named fields and nested ones alike", () => {
    const data = new FormData();
    data.set("note", "x".repeat(1000));
    data.set("birthDate.year", "19851985");
    expect(readForm(data, { fields: ["note"], maxLength: 600 }).note).toHaveLength(600);
    expect(readForm(data, { maxLength: 4 })).toEqual({ note: "xxxx", birthDate: { year: "1985" } });
    expect(readForm(data).note).toHaveLength(1000);
  });

  it("reads no body as nothing posted", () => {
    expect(readForm(undefined)).toEqual({});
    expect(readForm(null, { fields: ["code"] })).toEqual({ code: "" });
  });
});
