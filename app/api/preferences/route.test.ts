import { describe, expect, it } from "vitest";
import { POST } from "./route";

function post(body: string, contentType = "application/x-www-form-urlencoded", headers: Record<string, string> = {}) {
  return POST(new Request("http://portal.test/api/preferences", { method: "POST", body, headers: { "content-type": contentType, ...headers } }));
}

describe("POST /api/preferences (elder mode toggle)", () => {
  it("turns elder mode on and returns to the page it came from", async () => {
    const response = await post("elder=1&return=%2Fzh-Hans%2Fsources");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/zh-Hans/sources");
    expect(response.headers.get("set-cookie")).toMatch(/portal-elder=1; Path=\/;.*HttpOnly; SameSite=lax/i);
  });

  it("turns elder mode off", async () => {
    const response = await post("elder=0&return=%2Fen");
    expect(response.headers.get("set-cookie")).toMatch(/portal-elder=0/);
  });

  it("never redirects off the site", async () => {
    const response = await post("elder=1&return=https%3A%2F%2Fevil.example%2F");
    expect(response.headers.get("location")).toBe("/");
  });

  it("survives a body that is not a form", async () => {
    const response = await post("{not a form", "application/json");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
  });
});

describe("POST /api/preferences: issue 13", () => {
  it("accepts a post from its own pages", async () => {
    const response = await post("elder=1&return=%2Fen", undefined, { origin: "http://portal.test", host: "portal.test", "sec-fetch-site": "same-origin" });
    expect(response.status).toBe(303);
  });

  it.each([
    ["another site's Origin", { origin: "https://evil.example", host: "portal.test" }],
    ["Origin: null", { origin: "null", host: "portal.test" }],
    ["Sec-Fetch-Site: cross-site", { "sec-fetch-site": "cross-site" }],
    ["Sec-Fetch-Site: same-site (a sibling subdomain)", { origin: "https://other.portal.test", "sec-fetch-site": "same-site", host: "portal.test" }],
  ])("refuses a cross-site post (%s) with 403 and sets nothing", async (_name, headers) => {
    const response = await post("elder=1&return=%2Fen", undefined, headers);
    expect(response.status).toBe(403);
    expect(response.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a declared oversized body with 413 before reading it", async () => {
    const request = new Request("http://portal.test/api/preferences", {
      method: "POST",
      body: "elder=1",
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(1024 * 1024) },
    });
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(request.bodyUsed).toBe(false);
  });

  it("stops reading an endless body and answers 413", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new TextEncoder().encode("elder=1&".repeat(512)));
      },
    });
    const request = new Request("http://portal.test/api/preferences", {
      method: "POST",
      body: endless,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as RequestInit);
    const response = await POST(request);
    expect(response.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it.each(["%2F%E0%A4%A", "%2Fzh-Hans%2Fsources%2F%25zz", "%2F%E4%B8%AD%E6%96%87"])("answers a malformed or non-ASCII return path (%s) with a redirect, not a 500", async (ret) => {
    const response = await post(`elder=1&return=${ret}`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/^\/[\x21-\x7e]*$/);
  });
});
