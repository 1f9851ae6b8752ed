import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bindRealName } from "@/lib/auth/real-name";
import { sendSignInCode, verifySignInCode } from "@/lib/auth/sign-in";
import { outboxSms } from "@/lib/auth/sms";
import type { OpenDatabase } from "@/lib/db/open";
import { smsOutbox } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { logger } from "./logger";
import { withRequestContext } from "./request-context";
import { captureLogs } from "./testing";

const AT = new Date("2025-11-20T02:00:00Z");
const TODAY = "2025-11-20";
// 林志强 (README "Demo people"): the registry's phone for him, so the real-name check binds at once and announces it.
const PHONE = "13905740101";
const NAME = "林志强";
const ID_NUMBER = "330203198204160317";
const ADDRESS = "198.51.100.23";

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemoRegistry(database.db, AT);
}, 120_000);
afterAll(() => database?.close());

/** One request's worth of work, as the HTTP server hook runs it (lib/observability/http-requests.ts). */
const asRequest = <T>(requestId: string, run: () => Promise<T>) => withRequestContext({ requestId }, run);

describe("the log of a whole sign-in", () => {
  it("is JSON lines carrying their request's id, with no code, no full phone and no full ID number", async () => {
    const logs = captureLogs();
    let code = "";
    let sessionToken = "";
    try {
      const sent = await asRequest("SendTheCodeRequest", () => sendSignInCode(database.db, outboxSms, { phone: PHONE, clientAddress: ADDRESS }, AT));
      if (!sent.ok) throw new Error(sent.reason);
      // A demo database keeps the code in the outbox (tests run in demo mode), where the resident reads it.
      const [message] = await database.db.select().from(smsOutbox).where(eq(smsOutbox.phone, PHONE)).orderBy(desc(smsOutbox.id)).limit(1);
      code = /\d{6}/.exec(message?.body ?? "")?.[0] ?? "";
      expect(code).toMatch(/^\d{6}$/);
      const verified = await asRequest("EnterTheCodeRequest", () =>
        verifySignInCode(database.db, { challengeId: sent.challengeId, code, clientAddress: ADDRESS }, AT),
      );
      if (!verified.ok) throw new Error(verified.reason);
      const bound = await asRequest("RealNameCheckRequest", () =>
        bindRealName(database.db, outboxSms, { accountId: verified.accountId, name: NAME, idNumber: ID_NUMBER, clientAddress: ADDRESS, sessionToken: verified.sessionToken }, AT, TODAY),
      );
      if (!bound.ok) throw new Error(bound.reason);
      sessionToken = bound.sessionToken;
      // What a careless caller might hand the logger on the way.
      withRequestContext({ requestId: "CarelessCallerRequest" }, () => {
        logger.info({ phone: PHONE, idNumber: ID_NUMBER, code, sessionToken }, `signed in ${PHONE} ${ID_NUMBER} with ${code}`);
        logger.error({ err: new Error(`Failed query: update account\nparams: ${PHONE},${ID_NUMBER},${code}`) }, "unexpected");
      });
      logger.info("after the requests");
    } finally {
      logs.restore();
    }

    const lines = logs.lines();
    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    // The code SMS and the binding announcement, each from its request, then the careless lines and one outside any request.
    expect(entries.filter((entry) => entry.msg === "sms outbox: a message").map((entry) => entry.requestId)).toEqual(["SendTheCodeRequest", "RealNameCheckRequest"]);
    expect(entries.filter((entry) => entry.requestId === "CarelessCallerRequest")).toHaveLength(2);
    expect(entries.at(-1)).not.toHaveProperty("requestId");
    expect(entries.slice(0, -1).every((entry) => typeof entry.requestId === "string")).toBe(true);
    const text = lines.join("\n");
    expect(text).toContain("139****0101");
    expect(text).not.toContain(PHONE);
    expect(text).not.toContain(ID_NUMBER);
    expect(text).not.toContain(code);
    expect(text).not.toContain(sessionToken);
    expect(text).not.toMatch(/(?<!\d)\d{6}(?!\d)/);
  });
});
