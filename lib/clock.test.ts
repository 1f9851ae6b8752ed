import { afterEach, describe, expect, it } from "vitest";
import { shanghaiDate, today } from "./clock";

describe("clock", () => {
  afterEach(() => {
    delete process.env.PORTAL_TODAY;
  });

  it("reads the calendar date in Asia/Shanghai, not UTC", () => {
    // 2026-01-01T16:30Z is 00:30 on 2 January in Shanghai (UTC+8).
    expect(shanghaiDate(new Date("2026-01-01T16:30:00Z"))).toBe("2026-01-02");
    expect(shanghaiDate(new Date("2026-01-01T15:59:59Z"))).toBe("2026-01-01");
  });

  it("is pinned by PORTAL_TODAY", () => {
    process.env.PORTAL_TODAY = "2025-12-26";
    expect(today()).toBe("2025-12-26");
  });

  it.each([
    [{ NODE_ENV: "production", PORTAL_TODAY: "2025-12-26" }, false],
    [{ PORTAL_TODAY: "2025-12-26" }, false],
    [{ NODE_ENV: "production", PORTAL_DEMO: "1", PORTAL_TODAY: "2025-12-26" }, true],
    [{ NODE_ENV: "development", PORTAL_TODAY: "2025-12-26" }, true],
  ])("honours PORTAL_TODAY only in demo mode: %o → pinned %s", (env, pinned) => {
    const real = shanghaiDate(new Date());
    expect(today(env as NodeJS.ProcessEnv)).toBe(pinned ? "2025-12-26" : real);
  });

  it("ignores a malformed PORTAL_TODAY", () => {
    process.env.PORTAL_TODAY = "26/12/2025";
    expect(today()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(today()).not.toBe("26/12/2025");
  });
});
