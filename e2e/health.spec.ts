import { expect, test } from "@playwright/test";

test.describe("operational endpoints", () => {
  test.skip(({ javaScriptEnabled }) => !javaScriptEnabled, "API only");

  test("live answers without the database; ready once the database carries every migration", async ({ request }) => {
    const live = await request.get("/api/health/live");
    expect(live.status()).toBe(200);
    expect(await live.json()).toEqual({ status: "live" });
    const ready = await request.get("/api/health/ready");
    expect(ready.status()).toBe(200);
    expect(await ready.json()).toEqual({ status: "ready" });
    expect(ready.headers()["cache-control"]).toContain("no-store");
  });
});
