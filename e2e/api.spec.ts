import { expect, test } from "@playwright/test";

const person = { birthDate: "1990-05-01", residency: "local-hukou" };
const valid = { policy: "ningbo-2026", asOf: "2026-03-10", person };

test.describe("eligibility API v1", () => {
  // No browser involved: run once, not once per JavaScript setting.
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "API only");

  test("POST /api/v1/eligibility answers a valid request", async ({ request }) => {
    const response = await request.post("/api/v1/eligibility", { data: valid });
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers()["cache-control"]).toContain("no-store");
    const answer = await response.json();
    expect(answer.policy).toMatchObject({ id: "ningbo-2026", region: "ningbo", coverageYear: 2026 });
    expect(typeof answer.eligible).toBe("boolean");
    expect(Array.isArray(answer.reasons)).toBe(true);
  });

  test("answers 400 invalid-request with issues", async ({ request }) => {
    const response = await request.post("/api/v1/eligibility", {
      data: { asOf: "2026-02-30", person: { residency: "local-hukou" } },
    });
    expect(response.status()).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("invalid-request");
    expect(error.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ["asOf"], message: expect.any(String) }),
        expect.objectContaining({ path: ["person", "birthDate"] }),
      ]),
    );
  });

  test("answers 400 invalid-json for a body that does not parse", async ({ request }) => {
    const response = await request.post("/api/v1/eligibility", {
      headers: { "content-type": "application/json" },
      // A Buffer goes as is; a string would be JSON-encoded into a valid JSON string.
      data: Buffer.from('{"person":'),
    });
    expect(response.status()).toBe(400);
    expect((await response.json()).error.code).toBe("invalid-json");
  });

  test("answers 404 unknown-policy", async ({ request }) => {
    const response = await request.post("/api/v1/eligibility", { data: { ...valid, policy: "atlantis-2026" } });
    expect(response.status()).toBe(404);
    expect((await response.json()).error.code).toBe("unknown-policy");
  });

  test("answers 413 for a body over 64 KiB", async ({ request }) => {
    const response = await request.post("/api/v1/eligibility", { data: { ...valid, padding: "x".repeat(65 * 1024) } });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("payload-too-large");
  });

  test("answers 415 for a body that is not JSON", async ({ request }) => {
    const response = await request.post("/api/v1/eligibility", {
      headers: { "content-type": "text/plain" },
      data: JSON.stringify(valid),
    });
    expect(response.status()).toBe(415);
    expect((await response.json()).error.code).toBe("unsupported-media-type");
  });

  test("POST /api/v1/eligibility/batch answers in order", async ({ request }) => {
    const requests = [valid, { person: {} }, { ...valid, policy: "atlantis-2026" }, { ...valid, policy: "ningxia-2026" }];
    const response = await request.post("/api/v1/eligibility/batch", { data: { requests } });
    expect(response.status()).toBe(200);
    const { results } = await response.json();
    expect(results).toHaveLength(4);
    expect(results[0].policy.id).toBe("ningbo-2026");
    expect(results[1].error.code).toBe("invalid-request");
    expect(results[2].error.code).toBe("unknown-policy");
    expect(results[3].policy.id).toBe("ningxia-2026");
  });

  test("answers 413 for a batch over 1000 requests", async ({ request }) => {
    const response = await request.post("/api/v1/eligibility/batch", {
      data: { requests: Array.from({ length: 1001 }, () => ({})) },
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("batch-too-large");
  });

  test("GET /api/v1/policies lists the packs", async ({ request }) => {
    const response = await request.get("/api/v1/policies");
    expect(response.status()).toBe(200);
    const { policies } = await response.json();
    expect(policies.map((policy: { id: string }) => policy.id)).toEqual(
      expect.arrayContaining(["ningbo-2026", "ningbo-2023", "fenghua-2022", "ningxia-2026"]),
    );
  });

  test("GET /api/v1/openapi.json is OpenAPI 3.1 with every path", async ({ request }) => {
    const response = await request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(["/api/v1/eligibility", "/api/v1/eligibility/batch", "/api/v1/policies", "/api/v1/openapi.json"]),
    );
    expect(document.components.schemas).toHaveProperty("EligibilityRequest");
    expect(document.components.schemas).toHaveProperty("Error");
  });
});
