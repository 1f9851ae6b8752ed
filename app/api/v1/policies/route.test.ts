import { describe, expect, it } from "vitest";
import { policiesResponseSchema } from "@/lib/rules";
import { GET } from "./route";

describe("GET /api/v1/policies", () => {
  it("lists the packs in the documented shape", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { policies } = policiesResponseSchema.parse(await response.json());
    expect(policies.map((policy) => policy.id)).toEqual(
      expect.arrayContaining(["ningbo-2026", "ningbo-2023", "fenghua-2022", "ningxia-2026"]),
    );
  });
});
