import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { SERVER_ACTION_BODY_LIMIT, SERVER_ACTION_BODY_LIMIT_BYTES } from "./action-body-limit";

describe("server action body limit (issue 13)", () => {
  it("is Next.js's own limit too, and the same number of bytes proxy.ts checks", () => {
    expect(nextConfig.experimental?.serverActions?.bodySizeLimit).toBe(SERVER_ACTION_BODY_LIMIT);
    expect(SERVER_ACTION_BODY_LIMIT).toBe(`${SERVER_ACTION_BODY_LIMIT_BYTES / 1024}kb`);
  });
});
