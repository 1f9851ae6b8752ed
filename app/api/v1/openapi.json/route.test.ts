import { describe, expect, it } from "vitest";
import { z } from "zod";
import { requestSchema } from "@/lib/rules";
import { GET } from "./route";

type Document = {
  openapi: string;
  paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>;
  components: { schemas: Record<string, Record<string, unknown>> };
};

async function document(): Promise<Document> {
  const response = await GET();
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

describe("GET /api/v1/openapi.json", () => {
  it("is OpenAPI 3.1 with the four paths", async () => {
    const doc = await document();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths).sort()).toEqual([
      "/api/v1/eligibility",
      "/api/v1/eligibility/batch",
      "/api/v1/openapi.json",
      "/api/v1/policies",
    ]);
    expect(Object.keys(doc.paths["/api/v1/eligibility"]?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(["200", "400", "404", "413", "415"]),
    );
  });

  it("describes the request as zod generates it, defaults optional", async () => {
    const doc = await document();
    const generated = z.toJSONSchema(requestSchema, { io: "input" }) as { $defs: Record<string, unknown> };
    expect(doc.components.schemas.EligibilityRequest).toEqual(generated.$defs.EligibilityRequest);
    const person = (doc.components.schemas.EligibilityRequest?.properties as Record<string, { required: string[] }>).person;
    expect(person?.required.sort()).toEqual(["birthDate", "residency"]);
  });

  it("includes the error schema with every code", async () => {
    const error = (await document()).components.schemas.Error;
    expect(JSON.stringify(error)).toContain("unknown-policy");
    expect(JSON.stringify(error)).toContain("payload-too-large");
  });

  it("has no dangling references", async () => {
    const doc = await document();
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(0);
    for (const id of refs) expect(doc.components.schemas, `missing ${id}`).toHaveProperty([id ?? ""]);
    expect(JSON.stringify(doc)).not.toContain("#/$defs/");
  });
});
