import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hit, takeTurn } from "@/lib/auth/rate-limit";
import type { OpenDatabase } from "@/lib/db/open";
import { paymentNotice } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { seedDemoNotices } from "@/lib/demo/notices";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { composeNoticeNumber } from "@/lib/numbers/notice-number";
import { answerCallback } from "@/lib/services/payment/callback";
import { signedCallback } from "@/lib/services/payment/testing";
import { metricsText } from "./metrics";
import { metricValue } from "./testing";

const AT = new Date("2025-11-20T02:00:00Z");

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegistry(database.db, AT);
  await seedDemoNotices(database.db, AT);
}, 120_000);
afterAll(() => database?.close());

/** How much a metric grew while `run` ran. */
async function growth(name: string, labels: Record<string, string>, run: () => Promise<unknown>): Promise<number> {
  const before = metricValue(await metricsText(), name, labels);
  await run();
  return metricValue(await metricsText(), name, labels) - before;
}

describe("what the services count", () => {
  it("a payment once, however often its confirmation comes; a refused confirmation by its reason", async () => {
    // 吴国强's open 2026 notice (README "Demo people").
    const [notice] = await database.db.select().from(paymentNotice).where(and(eq(paymentNotice.personId, "nb-13-1"), eq(paymentNotice.coverageYear, 2026)));
    const confirmation = await signedCallback(database.db, { noticeNumber: notice!.number, amountFen: notice!.amountFen });
    const answer = () => answerCallback(database.db, confirmation.body, confirmation.signature, AT);
    expect(await growth("portal_payments_recorded_total", { outcome: "applied", via: "callback" }, async () => {
      await answer();
      await answer();
    })).toBe(1);
    expect(await growth("portal_payment_callbacks_refused_total", { reason: "bad-signature" }, () => answerCallback(database.db, confirmation.body, "0".repeat(64), AT))).toBe(1);
    expect(await growth("portal_payment_callbacks_refused_total", { reason: "unknown-notice" }, async () => {
      const stray = await signedCallback(database.db, { noticeNumber: composeNoticeNumber(2026, 999_999), amountFen: 100 });
      return answerCallback(database.db, stray.body, stray.signature, AT);
    })).toBe(1);
  });

  it("a rate-limit refusal by the kind of limit, never by its key", async () => {
    const limit = { windowSeconds: 60, max: 1 };
    expect(await growth("portal_rate_limit_refusals_total", { limit: "code:phone", kind: "window" }, async () => {
      await hit(database.db, "code:phone:aaaabbbbccccdddd:0", limit, AT);
      await hit(database.db, "code:phone:aaaabbbbccccdddd:0", limit, AT);
    })).toBe(1);
    expect(await growth("portal_rate_limit_refusals_total", { limit: "code:phone", kind: "cooldown" }, async () => {
      await takeTurn(database.db, "code:phone:aaaabbbbccccdddd", 60, AT);
      await takeTurn(database.db, "code:phone:aaaabbbbccccdddd", 60, AT);
    })).toBe(1);
    expect(await metricsText()).not.toContain("aaaabbbbccccdddd");
  });
});
