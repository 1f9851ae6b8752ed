import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSchema } from "@/lib/rules";
import { errorBodySchema } from "@/lib/api/errors";
import { BATCH_BODY_LIMIT_BYTES } from "@/lib/api/batch";
import { bodyOf, postJson, postRaw } from "@/lib/api/testing/http";
import { POST } from "./route";

const PATH = "/api/v1/eligibility/batch";
const person = { birthDate: "1990-05-01", residency: "local-hukou" };
const ask = (policy: string, asOf = "2026-03-10") => ({ policy, asOf, person });

beforeAll(() => {
  process.env.PORTAL_TODAY = "2026-03-10";
});
afterAll(() => {
  delete process.env.PORTAL_TODAY;
});

async function errorCode(response: Response) {
  return errorBodySchema.parse(await bodyOf(response)).error.code;
}

describe("POST /api/v1/eligibility/batch", () => {
  it("answers each element in order, an error in the place of each bad one", async () => {
    const requests = [
      ask("ningbo-2026"),
      { person: { residency: "local-hukou" } },
      ask("ningxia-2026", "2026-02-01"),
      ask("nowhere-2026"),
      "not a request",
      ask("ningbo-2023", "2022-10-01"),
      null,
      { region: "ningbo", asOf: "2025-10-01", person },
    ];
    const response = await POST(postJson(PATH, { requests }));
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { results } = (await response.json()) as { results: unknown[] };
    expect(results).toHaveLength(requests.length);

    const policyOf = (i: number) => answerSchema.parse(results[i]).policy.id;
    const codeOf = (i: number) => errorBodySchema.parse(results[i]).error.code;
    expect(policyOf(0)).toBe("ningbo-2026");
    expect(codeOf(1)).toBe("invalid-request");
    expect(policyOf(2)).toBe("ningxia-2026");
    expect(codeOf(3)).toBe("unknown-policy");
    expect(codeOf(4)).toBe("invalid-request");
    expect(policyOf(5)).toBe("ningbo-2023");
    expect(codeOf(6)).toBe("invalid-request");
    expect(policyOf(7)).toBe("ningbo-2026");
  });

  it("keeps each element's issue paths relative to that element", async () => {
    const response = await POST(postJson(PATH, { requests: [ask("ningbo-2026"), { person: { ...person, birthDate: "2026-02-30" } }] }));
    const { results } = (await response.json()) as { results: unknown[] };
    expect(errorBodySchema.parse(results[1]).error.issues?.[0]?.path).toEqual(["person", "birthDate"]);
  });

  it("answers an empty batch with no results", async () => {
    const response = await POST(postJson(PATH, { requests: [] }));
    expect(await response.json()).toEqual({ results: [] });
  });

  it("takes 1000 requests", async () => {
    const response = await POST(postJson(PATH, { requests: Array.from({ length: 1000 }, () => ask("ningbo-2026")) }));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { results: unknown[] }).results).toHaveLength(1000);
  });

  it("answers 413 batch-too-large for 1001 requests", async () => {
    const response = await POST(postJson(PATH, { requests: Array.from({ length: 1001 }, () => ({})) }));
    expect(response.status).toBe(413);
    expect(await errorCode(response)).toBe("batch-too-large");
  });

  it.each([
    ["no requests field", {}],
    ["requests not a list", { requests: { 0: {} } }],
    ["a bare list", [ask("ningbo-2026")]],
  ])("answers 400 invalid-request for %s", async (_name, json) => {
    const response = await POST(postJson(PATH, json));
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid-request");
  });

  it("answers 400 invalid-json for a body that does not parse", async () => {
    const response = await POST(postRaw(PATH, '{"requests": ['));
    expect(response.status).toBe(400);
    expect(await errorCode(response)).toBe("invalid-json");
  });

  it("answers 413 for a body over the batch limit, even with a lying Content-Length", async () => {
    const text = JSON.stringify({ requests: [], padding: "x".repeat(BATCH_BODY_LIMIT_BYTES) });
    const headerSets: Record<string, string>[] = [{}, { "content-length": "12" }];
    for (const headers of headerSets) {
      const response = await POST(postRaw(PATH, text, headers));
      expect(response.status).toBe(413);
      expect(await errorCode(response)).toBe("payload-too-large");
    }
  });

  it("answers 415 for a non-JSON content type", async () => {
    const response = await POST(postJson(PATH, { requests: [] }, { "content-type": "text/csv" }));
    expect(response.status).toBe(415);
    expect(await errorCode(response)).toBe("unsupported-media-type");
  });
});
