import { describe, expect, it } from "vitest";
import { isJsonContentType } from "./content-type";

describe("isJsonContentType", () => {
  it.each([
    "application/json",
    "application/json; charset=utf-8",
    "Application/JSON;charset=UTF-8",
    'application/json; charset="utf-8"',
    "application/json; foo=bar",
  ])("accepts %s", (header) => expect(isJsonContentType(header)).toBe(true));

  it.each([
    null,
    "",
    "text/plain",
    "text/json",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "application/jsonp",
    "application/json; charset=gbk",
    "application/json; charset=utf-16",
    "application/ld+json",
  ])("refuses %s", (header) => expect(isJsonContentType(header)).toBe(false));
});
