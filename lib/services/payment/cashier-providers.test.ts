import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { providerKey, type CashierProvider } from "@/lib/cashier/providers";
import { sign } from "@/lib/cashier/signature";
import type { OpenDatabase } from "@/lib/db/open";
import { createTestDatabase } from "@/lib/db/testing";
import { composeNoticeNumber } from "@/lib/numbers/notice-number";
import { answerCallback } from "./callback";

let opened: OpenDatabase;
beforeAll(async () => {
  opened = await createTestDatabase();
});
afterAll(() => opened.close());

const AT = new Date("2025-11-20T02:00:00Z");
const production = { NODE_ENV: "production" } as NodeJS.ProcessEnv;
const demo = { NODE_ENV: "production", PORTAL_DEMO: "1" } as NodeJS.ProcessEnv;

/** A confirmation naming `claims` as its provider, signed with `signer`'s key, for a notice nobody issued. */
async function callback(signer: CashierProvider, claims: CashierProvider) {
  const body = JSON.stringify({ provider: claims, reference: "REF12345678", noticeNumber: composeNoticeNumber(2026, 999_999), amountFen: 78_000, paidAt: "2025-11-20T03:00:00.000Z", status: "paid" });
  return { body, signature: sign(await providerKey(opened.db, signer), body) };
}

describe("which collection service may confirm a payment", () => {
  it("gives the sandbox a key of its own, whatever PORTAL_CASHIER_SECRET is", async () => {
    const before = process.env.PORTAL_CASHIER_SECRET;
    process.env.PORTAL_CASHIER_SECRET = "the-tax-bureau-shared-secret-0123456789";
    try {
      expect(await providerKey(opened.db, "sandbox-cashier")).not.toEqual(await providerKey(opened.db, "tax-bureau"));
      expect(await providerKey(opened.db, "tax-bureau")).toEqual(Buffer.from("the-tax-bureau-shared-secret-0123456789"));
    } finally {
      if (before === undefined) delete process.env.PORTAL_CASHIER_SECRET;
      else process.env.PORTAL_CASHIER_SECRET = before;
    }
  });

  it.each([
    ["a production server", production, "sandbox-cashier", "sandbox-cashier", 401],
    ["a production server", production, "tax-bureau", "tax-bureau", 404],
    ["a demo server", demo, "sandbox-cashier", "sandbox-cashier", 404],
    ["a demo server", demo, "tax-bureau", "tax-bureau", 404],
    ["a demo server", demo, "tax-bureau", "sandbox-cashier", 401],
    ["a demo server", demo, "sandbox-cashier", "tax-bureau", 401],
  ] as const)("%s: signed by %s, claiming %s → %i", async (_, env, signer, claims, status) => {
    const { body, signature } = await callback(signer, claims);
    // 404: the signature and provider were accepted and the notice looked up (nobody issued it).
    expect((await answerCallback(opened.db, body, signature, AT, env)).status).toBe(status);
  });
});
