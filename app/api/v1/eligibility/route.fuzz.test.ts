import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { answerSchema } from "@/lib/rules";
import { ERROR_STATUS, errorBodySchema } from "@/lib/api/errors";
import { BODY_LIMIT_BYTES } from "@/lib/api/body";
import { BATCH_BODY_LIMIT_BYTES } from "@/lib/api/batch";
import { batchBody, eligibilityBody } from "@/lib/api/testing/bodies";
import { postRaw } from "@/lib/api/testing/http";
import { POST as postEligibility } from "./route";
import { POST as postBatch } from "./batch/route";

const ALLOWED = [200, 400, 404, 413, 415];
const seen = { eligibility: new Map<number, number>(), batch: new Map<number, number>(), batchResults: new Map<string, number>() };
const count = (map: Map<string | number, number>, key: string | number) => map.set(key, (map.get(key) ?? 0) + 1);


async function parsed(response: Response): Promise<unknown> {
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return JSON.parse(await response.text());
}

function expectErrorFor(status: number, body: unknown) {
  const error = errorBodySchema.parse(body).error;
  expect(ERROR_STATUS[error.code]).toBe(status);
}

afterAll(() => {
  const show = (map: Map<string | number, number>) => JSON.stringify(Object.fromEntries([...map].sort()));
  console.info(`fuzz statuses — eligibility ${show(seen.eligibility)}; batch ${show(seen.batch)}; batch results ${show(seen.batchResults)}`);
});

describe("fuzzing the eligibility doors", () => {
  it("answers 7000 random and mutated bodies with 200/400/404/413/415, never 500", async () => {
    await fc.assert(
      fc.asyncProperty(eligibilityBody(BODY_LIMIT_BYTES), async (body) => {
        // An empty content-type header is what a client sends without one.
        const request = postRaw("/api/v1/eligibility", body.bytes, body.headers);
        if (!("content-type" in body.headers)) request.headers.delete("content-type");
        const response = await postEligibility(request);
        count(seen.eligibility, response.status);
        expect(ALLOWED).toContain(response.status);
        const json = await parsed(response);
        if (response.status === 200) expect(answerSchema.safeParse(json).success).toBe(true);
        else expectErrorFor(response.status, json);
      }),
      { numRuns: 7000 },
    );
    for (const status of ALLOWED) expect(seen.eligibility.get(status) ?? 0, `status ${status} never seen`).toBeGreaterThan(0);
  }, 120_000);

  it("answers 3500 random and mutated batches element by element, never 500", async () => {
    await fc.assert(
      fc.asyncProperty(batchBody(BATCH_BODY_LIMIT_BYTES), async (body) => {
        const request = postRaw("/api/v1/eligibility/batch", body.bytes, body.headers);
        if (!("content-type" in body.headers)) request.headers.delete("content-type");
        const response = await postBatch(request);
        count(seen.batch, response.status);
        expect(ALLOWED).toContain(response.status);
        const json = await parsed(response);
        if (response.status !== 200) return expectErrorFor(response.status, json);
        const { results } = json as { results: unknown[] };
        if (body.requestCount !== undefined && body.headers["content-length"] === undefined) {
          expect(results).toHaveLength(body.requestCount);
        }
        for (const result of results) {
          if (answerSchema.safeParse(result).success) {
            count(seen.batchResults, "answer");
            continue;
          }
          const { code } = errorBodySchema.parse(result).error;
          count(seen.batchResults, code);
          expect(code).not.toBe("internal-error");
        }
      }),
      { numRuns: 3500 },
    );
    expect(seen.batch.get(200) ?? 0).toBeGreaterThan(0);
    expect(seen.batch.get(413) ?? 0).toBeGreaterThan(0);
  }, 120_000);
});

