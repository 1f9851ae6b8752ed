import { describe, expect, it } from "vitest";
import { POST } from "./route";

const URL = "http://portal.test/api/payments/callback";

/** Issue 13: anyone may post here, so the body is bounded before it is read (the database is never reached). */
describe("POST /api/payments/callback: body limit", () => {
  it("refuses a declared oversized body with 413 before reading it", async () => {
    const request = new Request(URL, { method: "POST", body: "{}", headers: { "content-type": "application/json", "content-length": String(10 * 1024 * 1024) } });
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "too-large" } });
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading an endless body without Content-Length and answers 413", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(0x20));
      },
    });
    const request = new Request(URL, { method: "POST", body: endless, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(20);
  });
});
