import { describe, expect, it } from "vitest";
import { demoMode } from "./deployment";

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
