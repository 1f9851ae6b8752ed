import { afterEach, describe, expect, it, vi } from "vitest";
import { shanghaiDate } from "@/lib/clock";
import { serviceInstant } from "./service-instant";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

describe("the payment instant on the service date", () => {
  it("is now when the date is not pinned", () => {
    vi.useFakeTimers({ now: new Date("2026-11-23T07:30:15.250Z") });
    vi.stubEnv("PORTAL_TODAY", "");
    expect(serviceInstant().toISOString()).toBe("2026-11-23T07:30:15.250Z");
  });

  it("keeps the time of day in Shanghai on a pinned date", () => {
    vi.useFakeTimers({ now: new Date("2026-11-23T17:30:15.250Z") }); // 01:30 on the 24th in Shanghai
    vi.stubEnv("PORTAL_TODAY", "2025-11-20");
    const instant = serviceInstant();
    expect(shanghaiDate(instant)).toBe("2025-11-20");
    expect(instant.toISOString()).toBe("2025-11-19T17:30:15.250Z");
  });
});
