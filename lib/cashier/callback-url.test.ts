import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({ headers: () => new Headers() }));
const { callbackUrlFor } = await import("./callback-url");

const forged = new Headers({ host: "attacker.example", "x-forwarded-proto": "https" });

describe("the callback address in a signed order", () => {
  it("is PORTAL_BASE_URL whatever Host the request carries", () => {
    const env = { NODE_ENV: "production", PORTAL_BASE_URL: "https://yibao.example.gov.cn/" } as NodeJS.ProcessEnv;
    expect(callbackUrlFor(env, forged)).toBe("https://yibao.example.gov.cn/api/payments/callback");
  });

  it("is never taken from the Host header in production", () => {
    expect(() => callbackUrlFor({ NODE_ENV: "production" } as NodeJS.ProcessEnv, forged)).toThrow(/PORTAL_BASE_URL/);
    expect(() => callbackUrlFor({} as NodeJS.ProcessEnv, forged)).toThrow(/PORTAL_BASE_URL/);
  });

  it("is the request's own address on a demo server without a public one", () => {
    const env = { NODE_ENV: "production", PORTAL_DEMO: "1" } as NodeJS.ProcessEnv;
    expect(callbackUrlFor(env, new Headers({ host: "127.0.0.1:3213" }))).toBe("http://127.0.0.1:3213/api/payments/callback");
  });
});
