import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/types";
import type { Actor } from "../people/right-to-act";
import { MAX_ISSUE_ATTEMPTS, issueNotice } from "./notices";

const actor = { accountId: "00000000-0000-4000-8000-000000000001", personId: "nb-01-1" } as Actor;

/** A database on which every issue loses the race to another one (the unique index on live notices). */
function alwaysRacing() {
  let calls = 0;
  const db = {
    transaction: async () => {
      calls += 1;
      // Before issue 13 the retry never stopped: give up loudly rather than hang the test.
      if (calls > 50) throw new Error("still retrying");
      throw Object.assign(new Error('duplicate key value violates unique constraint "payment_notice_one_live_per_person_year"'), {
        code: "23505",
        constraint: "payment_notice_one_live_per_person_year",
      });
    },
  } as unknown as Db;
  return { db, calls: () => calls };
}

describe("issueNotice under a race it keeps losing (issue 13)", () => {
  it(`stops after ${MAX_ISSUE_ATTEMPTS} attempts and says so`, async () => {
    const racing = alwaysRacing();
    const result = await issueNotice(racing.db, actor, { kind: "renewal", personId: "nb-01-1" }, new Date("2025-11-20T02:00:00Z"), "2025-11-20");
    expect(result).toEqual({ ok: false, reason: "busy" });
    expect(racing.calls()).toBe(MAX_ISSUE_ATTEMPTS);
  });

  it("still throws what is not a lost race", async () => {
    const db = { transaction: async () => Promise.reject(new Error("connection lost")) } as unknown as Db;
    await expect(issueNotice(db, actor, { kind: "renewal", personId: "nb-01-1" }, new Date(), "2025-11-20")).rejects.toThrow("connection lost");
  });
});
