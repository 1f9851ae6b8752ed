import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSchema } from "@/lib/rules";
import { errorBodySchema } from "@/lib/api/errors";
import { bodyOf, postJson, postRaw, unsizedStream } from "@/lib/api/testing/http";
import { POST } from "./route";

const PATH = "/api/v1/eligibility";
const adult = { birthDate: "1990-05-01", residency: "local-hukou" };
const valid = { policy: "ningbo-2026", asOf: "2026-03-10", person: adult };

beforeAll(() => {
  process.env.PORTAL_TODAY = "2026-03-10";
});
afterAll(() => {
  delete process.env.PORTAL_TODAY;
});

async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = await bodyOf(response);
  expect(errorBodySchema.parse(body).error.code).toBe(code);
  return body as { error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] } };
}

describe("POST /api/v1/eligibility", () => {
  it("answers a valid request with 200, JSON, no-store", async () => {
    const response = await POST(postJson(PATH, valid));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const answer = answerSchema.parse(await response.json());
    expect(answer.policy).toMatchObject({ id: "ningbo-2026", region: "ningbo", coverageYear: 2026 });
    expect(answer.category).toBe("adult");
  });

  it("fills asOf from today when it is absent", async () => {
    const response = await POST(postJson(PATH, { policy: "ningbo-2026", person: adult }));
    expect(response.status).toBe(200);
    expect(answerSchema.parse(await response.json()).asOf).toBe("2026-03-10");
  });

  it("answers 400 invalid-request with every issue's path and message", async () => {
    const body = await expectError(
      await POST(postJson(PATH, { asOf: "2026-02-30", person: { residency: "mars" } })),
      400,
      "invalid-request",
    );
    const paths = body.error.issues?.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([["asOf"], ["person", "birthDate"], ["person", "residency"]]));
    for (const issue of body.error.issues ?? []) expect(issue.message).toEqual(expect.any(String));
  });

  it.each([
    ["a string", "ningbo"],
    ["an array", [valid]],
    ["null", null],
    ["a wrong type", { ...valid, person: { ...adult, history: { gapYears: "two" } } }],
    ["a negative gap", { ...valid, person: { ...adult, history: { gapYears: -1 } } }],
    ["an unknown assistance code", { ...valid, person: { ...adult, assistance: ["vip"] } }],
  ])("answers 400 invalid-request for %s", async (_name, json) => {
    await expectError(await POST(postJson(PATH, json)), 400, "invalid-request");
  });

  it.each([["{"], ["{} {}"], [""], ["\u00ff"]])("answers 400 invalid-json for %j", async (text) => {
    await expectError(await POST(postRaw(PATH, text)), 400, "invalid-json");
  });

  it("answers 404 unknown-policy for a pack that does not exist", async () => {
    const body = await expectError(await POST(postJson(PATH, { ...valid, policy: "shanghai-2026" })), 404, "unknown-policy");
    expect(body.error.message).toEqual(expect.any(String));
  });

  it("answers 404 when no pack fits the region and asOf", async () => {
    await expectError(await POST(postJson(PATH, { region: "ningxia", asOf: "2019-06-01", person: adult })), 404, "unknown-policy");
  });

  it("answers 413 for a body over 64 KiB", async () => {
    const padded = { ...valid, padding: "x".repeat(64 * 1024) };
    await expectError(await POST(postJson(PATH, padded)), 413, "payload-too-large");
  });

  it("answers 413 when Content-Length lies", async () => {
    const padded = JSON.stringify({ ...valid, padding: "x".repeat(100 * 1024) });
    await expectError(await POST(postRaw(PATH, padded, { "content-length": "120" })), 413, "payload-too-large");
  });

  it("answers 413 when Content-Length is missing", async () => {
    await expectError(await POST(postRaw(PATH, unsizedStream(64 * 1024 + 1))), 413, "payload-too-large");
  });

  it("answers 413 from a declared Content-Length alone", async () => {
    await expectError(await POST(postRaw(PATH, "{}", { "content-length": "10000000" })), 413, "payload-too-large");
  });

  it("accepts exactly 64 KiB", async () => {
    const text = JSON.stringify(valid);
    const response = await POST(postRaw(PATH, text + " ".repeat(64 * 1024 - text.length)));
    expect(response.status).toBe(200);
  });

  it.each([
    ["text/plain", { "content-type": "text/plain" }],
    ["a form", { "content-type": "application/x-www-form-urlencoded" }],
    ["another charset", { "content-type": "application/json; charset=gbk" }],
  ])("answers 415 for %s", async (_name, headers) => {
    await expectError(await POST(postJson(PATH, valid, headers)), 415, "unsupported-media-type");
  });

  it("answers 415 without a content type", async () => {
    const request = new Request(`http://portal.test${PATH}`, { method: "POST", body: new Uint8Array([0x7b, 0x7d]) });
    expect(request.headers.get("content-type")).toBeNull();
    await expectError(await POST(request), 415, "unsupported-media-type");
  });

  it("accepts application/json with charset=utf-8", async () => {
    const response = await POST(postJson(PATH, valid, { "content-type": "application/json; charset=utf-8" }));
    expect(response.status).toBe(200);
  });
});
