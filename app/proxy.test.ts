import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "@/messages/errorPage/en.json";
import zhHans from "@/messages/errorPage/zh-Hans.json";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/web/action-body-limit";
import { proxy } from "@/proxy";

const BASE = "http://portal.test";

function get(path: string) {
  return proxy(new NextRequest(new URL(path, BASE)));
}

describe("proxy: malformed paths (issue 13)", () => {
  it.each(["/zh-Hans/sources/%zz", "/zh-Hans/sources/%E4%B8", "/en/sources/fenghua-2022-faq%", "/zh-Hans/%zz/page"])("answers %s with the 404 page, not a URIError", async (path) => {
    const response = await get(path);
    expect(response.headers.get("x-middleware-rewrite")).toBe(`${BASE}/${path.split("/")[1]}/__unknown/undecodable`);
  });

  it("still passes a known document through and rewrites an unknown one", async () => {
    expect((await get("/zh-Hans/sources/fenghua-2022-faq")).headers.get("x-middleware-rewrite")).toBeNull();
    expect((await get("/zh-Hans/sources/nope")).headers.get("x-middleware-rewrite")).toBe(`${BASE}/zh-Hans/__unknown/zh-Hans/sources/nope`);
  });
});

describe("proxy: a notice or receipt the visitor may not see (issue 13)", () => {
  afterEach(() => vi.unstubAllGlobals());
  const statusAnswers = (status: number) => {
    const fetch = vi.fn(async () => new Response("{}", { status }));
    vi.stubGlobal("fetch", fetch);
    return fetch;
  };

  it.each([
    ["/zh-Hans/pay/JF20260000000017", 404, `${BASE}/zh-Hans/__unknown/zh-Hans/pay/JF20260000000017`],
    ["/en/pay/JF20260000000017/receipt", 404, `${BASE}/en/__unknown/en/pay/JF20260000000017/receipt`],
    ["/zh-Hans/pay/JF20260000000017", 200, null],
    ["/zh-Hans/pay/JF20260000000017/receipt", 401, null], // not signed in: the page sends them to sign in
  ] as const)("%s, status endpoint %d → rewrite %s", async (path, status, rewrite) => {
    const fetch = statusAnswers(status);
    expect((await get(path)).headers.get("x-middleware-rewrite")).toBe(rewrite);
    expect(String((fetch.mock.calls[0] as unknown[])[0])).toBe(`${BASE}/api/payments/notices/JF20260000000017/status`);
  });

  it("does not ask for other pages", async () => {
    const fetch = statusAnswers(404);
    await get("/zh-Hans/pay");
    await get("/zh-Hans/me");
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe("proxy: server action bodies (issue 13)", () => {
  function postTo(path: string, length: number, headers: Record<string, string> = {}) {
    return proxy(
      new NextRequest(new URL(path, BASE), {
        method: "POST",
        body: "x",
        headers: { "content-type": "multipart/form-data; boundary=x", "next-action": "0123abcd", "content-length": String(length), ...headers },
      }),
    );
  }

  it("refuses a declared body over the limit with 413 and a translated message, before Next.js reads it", async () => {
    const response = await postTo("/zh-Hans/family", SERVER_ACTION_BODY_LIMIT_BYTES + 1);
    expect(response.status).toBe(413);
    expect(await response.text()).toBe(zhHans.tooLarge);
    expect(await (await postTo("/check", 10 * 1024 * 1024, { "accept-language": "en" })).text()).toBe(en.tooLarge);
  });

  it("refuses a post without a declared length with 411 and a translated message (Next.js would answer a chunked body with a 500)", async () => {
    const response = await proxy(new NextRequest(new URL("/en/family", BASE), { method: "POST", body: "x", headers: { "content-type": "multipart/form-data; boundary=x", "next-action": "0123abcd" } }));
    expect(response.status).toBe(411);
    expect(await response.text()).toBe(en.lengthRequired);
  });

  it("lets a post within the limit through", async () => {
    const response = await postTo("/zh-Hans/family", SERVER_ACTION_BODY_LIMIT_BYTES);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-middleware-next")).toBe("1");
  });
});
