import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { createTestDatabase } from "@/lib/db/testing";
import { sendSignInCode, verifySignInCode } from "./sign-in";
import { createSession, resolveSession, revokeAllSessions, revokeSession } from "./sessions";
import { capturingSms, signInForTest } from "./testing";

const T0 = new Date("2025-11-20T02:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});

describe("sessions", () => {
  it("last 30 minutes from the last use", async () => {
    const { sessionToken } = await signInForTest(database.db, "13800001001", T0);
    expect(await resolveSession(database.db, sessionToken, minutes(29))).toMatchObject({ phone: "13800001001", personId: null });
    // Used at minute 29, so still live at minute 58, and gone 30 minutes after that.
    expect(await resolveSession(database.db, sessionToken, minutes(58))).not.toBeNull();
    expect(await resolveSession(database.db, sessionToken, minutes(88))).toBeNull();
    expect(await resolveSession(database.db, sessionToken, minutes(89))).toBeNull();
  });

  it("are not kept alive by background polling: a poll reads the session without extending it", async () => {
    const { sessionToken } = await signInForTest(database.db, "13800001005", T0);
    // A status endpoint polled every minute, and no other request: live until the idle limit, then ended.
    for (let m = 1; m < 30; m++) expect(await resolveSession(database.db, sessionToken, minutes(m), { touch: false })).not.toBeNull();
    expect(await resolveSession(database.db, sessionToken, minutes(30), { touch: false })).toBeNull();
    expect(await resolveSession(database.db, sessionToken, minutes(31), { touch: false })).toBeNull();
    // And a page request after that does not bring it back.
    expect(await resolveSession(database.db, sessionToken, minutes(31))).toBeNull();
  });

  it("are extended by a real page request even while polling goes on", async () => {
    const { sessionToken } = await signInForTest(database.db, "13800001006", T0);
    for (let m = 1; m <= 31; m++) {
      if (m === 20) expect(await resolveSession(database.db, sessionToken, minutes(m))).not.toBeNull();
      else expect(await resolveSession(database.db, sessionToken, minutes(m), { touch: false })).not.toBeNull();
    }
    // Last page request at minute 20: polling alone keeps it only until minute 50.
    expect(await resolveSession(database.db, sessionToken, minutes(49), { touch: false })).not.toBeNull();
    expect(await resolveSession(database.db, sessionToken, minutes(50), { touch: false })).toBeNull();
  });

  it("end after 12 hours however busy", async () => {
    const { sessionToken } = await signInForTest(database.db, "13800001002", T0);
    for (let m = 20; m < 12 * 60; m += 20) expect(await resolveSession(database.db, sessionToken, minutes(m))).not.toBeNull();
    expect(await resolveSession(database.db, sessionToken, minutes(12 * 60))).toBeNull();
  });

  it("know nothing of a token that was never issued", async () => {
    expect(await resolveSession(database.db, undefined, T0)).toBeNull();
    expect(await resolveSession(database.db, "made-up", T0)).toBeNull();
    expect(await resolveSession(database.db, "x".repeat(5000), T0)).toBeNull();
  });

  it("rotate at sign-in: the session the browser had ends", async () => {
    const first = await signInForTest(database.db, "13800001003", T0);
    const sms = capturingSms();
    const sent = await sendSignInCode(database.db, sms, { phone: "13800001003", clientAddress: "192.0.2.1" }, minutes(2));
    if (!sent.ok) throw new Error("not sent");
    const second = await verifySignInCode(
      database.db,
      { challengeId: sent.challengeId, code: sms.lastCode(), clientAddress: "192.0.2.1", previousSessionToken: first.sessionToken },
      minutes(3),
    );
    if (!second.ok) throw new Error("not signed in");
    expect(second.sessionToken).not.toBe(first.sessionToken);
    expect(second.accountId).toBe(first.accountId);
    expect(await resolveSession(database.db, first.sessionToken, minutes(4))).toBeNull();
    expect(await resolveSession(database.db, second.sessionToken, minutes(4))).not.toBeNull();
  });

  it("end on sign out, and all at once on sign out everywhere", async () => {
    const { accountId, sessionToken } = await signInForTest(database.db, "13800001004", T0);
    const phoneToken = await createSession(database.db, accountId, minutes(1));
    const tabletToken = await createSession(database.db, accountId, minutes(1));
    expect(await revokeSession(database.db, sessionToken, minutes(2))).toBe(accountId);
    expect(await resolveSession(database.db, sessionToken, minutes(2))).toBeNull();
    expect(await resolveSession(database.db, phoneToken, minutes(2))).not.toBeNull();
    expect(await revokeAllSessions(database.db, accountId, minutes(3))).toBe(2);
    expect(await resolveSession(database.db, phoneToken, minutes(3))).toBeNull();
    expect(await resolveSession(database.db, tabletToken, minutes(3))).toBeNull();
  });
});
