import { describe, expect, it } from "vitest";
import { demoMode, startupProblems } from "./deployment";

describe("demo mode", () => {
  it.each([
    [{ NODE_ENV: "production" }, false],
    [{}, false],
    [{ NODE_ENV: "production", PORTAL_DEMO: "0" }, false],
    [{ NODE_ENV: "production", PORTAL_DEMO: "true" }, false],
    [{ NODE_ENV: "production", PORTAL_DEMO: "1" }, true],
    [{ PORTAL_DEMO: "1" }, true],
    [{ NODE_ENV: "development" }, true],
    [{ NODE_ENV: "test" }, true],
  ])("%o → %s", (env, expected) => {
    expect(demoMode(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});

describe("a production start", () => {
  const complete = {
    NODE_ENV: "production",
    PORTAL_SECRET: "s".repeat(32),
    PORTAL_COOKIE_SECRET: "c".repeat(48),
    PORTAL_CASHIER_SECRET: "k".repeat(32),
    PORTAL_BASE_URL: "https://yibao.example.gov.cn",
  };

  it("begins with every required setting", () => {
    expect(startupProblems(complete as NodeJS.ProcessEnv)).toEqual([]);
  });

  it.each(["PORTAL_SECRET", "PORTAL_COOKIE_SECRET", "PORTAL_CASHIER_SECRET", "PORTAL_BASE_URL"])("refuses without %s, naming it", (name) => {
    const problems = startupProblems({ ...complete, [name]: undefined } as NodeJS.ProcessEnv);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${name} is not set`));
  });

  it.each([
    ["PORTAL_SECRET", "short"],
    ["PORTAL_CASHIER_SECRET", "x".repeat(31)],
    ["PORTAL_BASE_URL", "yibao.example.gov.cn"],
  ])("refuses a %s of %j", (name, value) => {
    expect(startupProblems({ ...complete, [name]: value } as NodeJS.ProcessEnv)).toEqual([expect.stringMatching(new RegExp(`^${name} `))]);
  });

  it("refuses a PORTAL_TRUSTED_PROXIES that is not a number of proxies, and accepts one that is", () => {
    expect(startupProblems({ ...complete, PORTAL_TRUSTED_PROXIES: "yes" } as NodeJS.ProcessEnv)).toEqual([expect.stringMatching(/^PORTAL_TRUSTED_PROXIES /)]);
    expect(startupProblems({ ...complete, PORTAL_TRUSTED_PROXIES: "1" } as NodeJS.ProcessEnv)).toEqual([]);
  });

  it("refuses a short PORTAL_METRICS_TOKEN, and starts without one (no /metrics) or with a long one", () => {
    expect(startupProblems({ ...complete, PORTAL_METRICS_TOKEN: "short" } as NodeJS.ProcessEnv)).toEqual([expect.stringMatching(/^PORTAL_METRICS_TOKEN /)]);
    expect(startupProblems({ ...complete, PORTAL_METRICS_TOKEN: "m".repeat(32) } as NodeJS.ProcessEnv)).toEqual([]);
    expect(startupProblems(complete as NodeJS.ProcessEnv)).toEqual([]);
  });

  it("counts bytes, not characters: 11 Chinese characters are 33 bytes", () => {
    expect(startupProblems({ ...complete, PORTAL_SECRET: "城乡居民基本医疗保险费" } as NodeJS.ProcessEnv)).toEqual([]);
  });

  it("asks nothing of a demo server or development", () => {
    expect(startupProblems({ NODE_ENV: "production", PORTAL_DEMO: "1" } as NodeJS.ProcessEnv)).toEqual([]);
    expect(startupProblems({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toEqual([]);
  });
});
