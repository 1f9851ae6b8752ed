import { describe, expect, it } from "vitest";
import { composeNoticeNumber } from "@/lib/numbers/notice-number";
import { decodeOrder, encodeOrder, sandboxEnabled } from "./order";

const key = Buffer.from("portal and cashier share this");
const order = {
  noticeNumber: composeNoticeNumber(2026, 17),
  amountFen: 78_000,
  dueDate: "2025-12-26",
  callbackUrl: "http://127.0.0.1:3210/api/payments/callback",
  returnPath: "/zh-Hans/pay/JF2026000000017",
};

describe("the portal's signed checkout order", () => {
  it("reads back what the portal signed", () => {
    const { order: encoded, sig } = encodeOrder(key, order);
    expect(decodeOrder(key, encoded, sig)).toEqual(order);
  });

  it("is refused when the amount, the callback address or the signature is changed in the browser", () => {
    const { order: encoded, sig } = encodeOrder(key, order);
    const forged = Buffer.from(JSON.stringify({ ...order, amountFen: 1 })).toString("base64url");
    expect(decodeOrder(key, forged, sig)).toBeNull();
    const elsewhere = encodeOrder(Buffer.from("another key"), { ...order, callbackUrl: "http://attacker.invalid/" });
    expect(decodeOrder(key, elsewhere.order, elsewhere.sig)).toBeNull();
    expect(decodeOrder(key, encoded, sig.replace(/^./, (c) => (c === "a" ? "b" : "a")))).toBeNull();
    expect(decodeOrder(key, undefined, sig)).toBeNull();
    expect(decodeOrder(key, ["x"], sig)).toBeNull();
  });

  it("sends the resident back only to a path of the portal", () => {
    for (const returnPath of ["//evil.example/x", "https://evil.example/", "/zh-Hans/pay?x=1"]) {
      const signed = encodeOrder(key, { ...order, returnPath });
      expect(decodeOrder(key, signed.order, signed.sig)).toBeNull();
    }
  });

  it("runs in development and demos, not silently in production", () => {
    expect(sandboxEnabled({ NODE_ENV: "production" } as NodeJS.ProcessEnv)).toBe(false);
    expect(sandboxEnabled({} as NodeJS.ProcessEnv)).toBe(false);
    expect(sandboxEnabled({ NODE_ENV: "production", PORTAL_SANDBOX_CASHIER: "1" } as NodeJS.ProcessEnv)).toBe(true);
    expect(sandboxEnabled({ NODE_ENV: "production", PORTAL_DEMO: "1" } as NodeJS.ProcessEnv)).toBe(true);
    expect(sandboxEnabled({ NODE_ENV: "development" } as NodeJS.ProcessEnv)).toBe(true);
  });
});
