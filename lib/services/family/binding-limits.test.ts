import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CODE_POLICIES } from "@/lib/auth/one-time-code";
import type { SmsSender } from "@/lib/auth/sms";
import type { OpenDatabase } from "@/lib/db/open";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import type { Actor } from "../people/right-to-act";
import { actorFor } from "../enrollment/testing";
import { decideBinding, requestBinding } from "./bindings";

const TODAY = "2025-11-20";
const AT = new Date("2025-11-20T02:00:00Z");
const LIMITS = CODE_POLICIES["family-binding"].limits;

let opened: OpenDatabase;
let db: Db;
let meiling: Actor; // 周美玲: may bind her mother 何秀英 (nb-02-2, phone 13905740202)
let junjie: Actor; // 吴俊杰

const sent: string[] = [];
const sms: SmsSender = {
  async send(_tx, message) {
    sent.push(message.phone);
  },
};

beforeAll(async () => {
  opened = await createTestDatabase();
  db = opened.db;
  await seedDemoRegistry(db, AT);
  meiling = await actorFor(db, "nb-02-1", "13905740201", AT);
  junjie = await actorFor(db, "nb-03-1", "13905740301", AT);
}, 120_000);
afterAll(async () => opened?.close());

describe("binding requests are rate limited (issue 13)", () => {
  it(`sends at most ${LIMITS.codesPerRelativePhone[0].max} codes an hour to one relative's phone, then says when to try again`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < LIMITS.codesPerRelativePhone[0].max + 2; i += 1) {
      const at = new Date(AT.getTime() + i * 100);
      const result = await requestBinding(db, sms, meiling, "nb-02-2", at, TODAY);
      outcomes.push(result.ok ? result.status : result.reason);
      // Ask, take it back, ask again: each new request would text the relative a new code.
      if (result.ok) await decideBinding(db, meiling, { bindingId: result.bindingId, decision: "revoke" }, at);
      else expect(result).toEqual({ ok: false, reason: "rate-limited", retryAfterSeconds: expect.any(Number) });
    }
    expect(outcomes).toEqual(["pending", "pending", "pending", "rate-limited", "rate-limited"]);
    expect(sent.filter((phone) => phone === "13905740202")).toHaveLength(LIMITS.codesPerRelativePhone[0].max);
  });

  it("an hour later the relative can be asked again", async () => {
    const result = await requestBinding(db, sms, meiling, "nb-02-2", new Date(AT.getTime() + 60 * 60 * 1000), TODAY);
    expect(result).toMatchObject({ ok: true, status: "pending" });
  });

  it(`counts every request of one payer: the ${LIMITS.requestsPerPayer[0].max + 1}th in an hour is refused`, async () => {
    const outcomes: string[] = [];
    for (let i = 0; i <= LIMITS.requestsPerPayer[0].max; i += 1) {
      const result = await requestBinding(db, sms, junjie, "nb-02-2", AT, TODAY); // not his relative
      outcomes.push(result.ok ? "ok" : result.reason);
    }
    expect(outcomes.slice(0, -1).every((o) => o === "not-related")).toBe(true);
    expect(outcomes.at(-1)).toBe("rate-limited");
  });
});
