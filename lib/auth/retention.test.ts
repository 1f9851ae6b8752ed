/**
 * Retention (issue 13, finding 9): each short-lived table loses the rows past their life and keeps the
 * live ones; audit_event is never touched. [table, a row just past its life, a row just inside it].
 */
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { account, auditEvent, faceCheck, localFaceSession, otpChallenge, rateLimitCooldown, rateLimitWindow, rebindCode, session, smsOutbox } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import type { Db } from "@/lib/db/types";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { appendAudit } from "@/lib/db/audit";
import { RETENTION_POLICY, SIGN_IN_POLICY } from "./policy";
import { purgeExpired, type Purged } from "./retention";

const AT = new Date("2026-06-01T02:00:00Z");
const ago = (seconds: number) => new Date(AT.getTime() - seconds * 1000);
const MINUTE = 60;
const { codesAfterExpirySeconds: CODES, faceChecksAfterStartSeconds: FACE, sessionsAfterEndSeconds: SESSIONS } = RETENTION_POLICY;
const IDLE = SIGN_IN_POLICY.session.idleSeconds;

let opened: OpenDatabase;
let accountId: string;
let otherAccountId: string;

/** Each case writes one row of a table with the given marker (a uuid where the key is one); `gone` says whether purgeExpired must remove it. */
type Case = [table: keyof Purged, row: string, gone: boolean, write: (db: Db, marker: string) => Promise<unknown>];

const otp = (expiresAt: Date) => (db: Db, marker: string) =>
  db.insert(otpChallenge).values({ id: marker, phone: "13700007001", codeHash: "h", createdAt: new Date(expiresAt.getTime() - 5 * MINUTE * 1000), expiresAt });
const rebind = (expiresAt: Date) => (db: Db, marker: string) =>
  db.insert(rebindCode).values({ id: marker, accountId, personId: "nb-03-2", oldAccountId: otherAccountId, codeHash: "h", createdAt: expiresAt, expiresAt });
const face = (startedAt: Date) => (db: Db, marker: string) =>
  db.insert(faceCheck).values({ id: marker, accountId, personId: "nb-03-2", provider: "local", providerRef: marker, status: "failed", startedAt, expiresAt: startedAt });
const localFace = (createdAt: Date) => (db: Db, marker: string) => db.insert(localFaceSession).values({ id: marker, personId: "nb-03-2", outcome: "failed", createdAt });
const sessionRow = (row: { lastSeenAt: Date; expiresAt: Date; revokedAt?: Date }) => (db: Db, marker: string) =>
  db.insert(session).values({ idHash: marker, accountId, createdAt: ago(13 * 3600 + SESSIONS), ...row });
const window = (windowStart: Date) => (db: Db, marker: string) => db.insert(rateLimitWindow).values({ key: marker, windowStart, hits: 1 });
const cooldown = (nextAllowedAt: Date) => (db: Db, marker: string) => db.insert(rateLimitCooldown).values({ key: marker, nextAllowedAt });
const outbox = (createdAt: Date) => (db: Db, marker: string) => db.insert(smsOutbox).values({ phone: "13700007001", body: marker, createdAt });

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const live = { lastSeenAt: ago(60), expiresAt: new Date(AT.getTime() + 3600_000) };

const CASES: Case[] = [
  ["otpChallenge", "a code expired more than a day ago", true, otp(ago(CODES + 1))],
  ["otpChallenge", "a code expired less than a day ago", false, otp(ago(CODES - 60))],
  ["rebindCode", "a rebind code expired more than a day ago", true, rebind(ago(CODES + 1))],
  ["rebindCode", "a live rebind code", false, rebind(new Date(AT.getTime() + 60_000))],
  ["faceCheck", "a face check older than its 24-hour window and a day", true, face(ago(FACE + 1))],
  ["faceCheck", "a face check still counted in the 24-hour window", false, face(ago(SIGN_IN_POLICY.face.windowSeconds - 60))],
  ["localFaceSession", "a demo face session as old", true, localFace(ago(FACE + 1))],
  ["localFaceSession", "a recent demo face session", false, localFace(ago(60))],
  ["session", "a session revoked more than a day ago", true, sessionRow({ ...live, revokedAt: ago(SESSIONS + 1) })],
  ["session", "a session past its absolute limit more than a day ago", true, sessionRow({ lastSeenAt: ago(SESSIONS + 2), expiresAt: ago(SESSIONS + 1) })],
  ["session", "a session idle past the limit more than a day ago", true, sessionRow({ lastSeenAt: ago(IDLE + SESSIONS + 1), expiresAt: new Date(AT.getTime() + 3600_000) })],
  ["session", "a session revoked an hour ago", false, sessionRow({ ...live, revokedAt: ago(3600) })],
  ["session", "a live session", false, sessionRow(live)],
  ["rateLimitWindow", "a window that started more than a day ago", true, window(ago(24 * 3600 + 1))],
  ["rateLimitWindow", "today's 24-hour window", false, window(ago(23 * 3600))],
  ["rateLimitCooldown", "a cool-down that ran out more than a day ago", true, cooldown(ago(24 * 3600 + 1))],
  ["rateLimitCooldown", "a running cool-down", false, cooldown(new Date(AT.getTime() + 30_000))],
  ["smsOutbox", "an outbox row older than any code's life", true, outbox(ago(11 * MINUTE))],
  ["smsOutbox", "an outbox row of a code still valid", false, outbox(ago(9 * MINUTE))],
];

const markerOf = (i: number) => (["otpChallenge", "rebindCode", "faceCheck", "localFaceSession"].includes(CASES[i]![0]) ? uuid(i + 1) : `retention-${i}`);

async function exists(db: Db, table: keyof Purged, marker: string): Promise<boolean> {
  const where = {
    otpChallenge: () => db.select({ n: count() }).from(otpChallenge).where(eq(otpChallenge.id, marker)),
    rebindCode: () => db.select({ n: count() }).from(rebindCode).where(eq(rebindCode.id, marker)),
    faceCheck: () => db.select({ n: count() }).from(faceCheck).where(eq(faceCheck.id, marker)),
    localFaceSession: () => db.select({ n: count() }).from(localFaceSession).where(eq(localFaceSession.id, marker)),
    session: () => db.select({ n: count() }).from(session).where(eq(session.idHash, marker)),
    rateLimitWindow: () => db.select({ n: count() }).from(rateLimitWindow).where(eq(rateLimitWindow.key, marker)),
    rateLimitCooldown: () => db.select({ n: count() }).from(rateLimitCooldown).where(eq(rateLimitCooldown.key, marker)),
    smsOutbox: () => db.select({ n: count() }).from(smsOutbox).where(eq(smsOutbox.body, marker)),
  }[table];
  const [row] = await where();
  return (row?.n ?? 0) > 0;
}

describe("purgeExpired", () => {
  let purged: Purged;
  let auditBefore: unknown[];
  beforeAll(async () => {
    opened = await createTestDatabase();
    const db = opened.db;
    await seedDemoRegistry(db, AT);
    [{ id: accountId }, { id: otherAccountId }] = await db
      .insert(account)
      .values([
        { phone: "13700007001", createdAt: ago(400 * 86_400) },
        { phone: "13700007002", createdAt: ago(400 * 86_400) },
      ])
      .returning({ id: account.id }) as [{ id: string }, { id: string }];
    for (const [i, [, , , write]] of CASES.entries()) await write(db, markerOf(i));
    // Audit rows of every age, a year old included: none may go.
    for (const days of [0, 2, 179, 181, 400]) await appendAudit(db, ago(days * 86_400), { action: "sign-in.code-sent", outcome: "success", detail: { days } });
    auditBefore = await db.select().from(auditEvent).orderBy(auditEvent.id);
    purged = await purgeExpired(db, AT);
  }, 120_000);
  afterAll(async () => opened?.close());

  it.each(CASES.map((c, i) => [c[0], c[1], c[2], i] as const))("%s: %s → %s", async (table, _row, gone, i) => {
    expect(await exists(opened.db, table, markerOf(i))).toBe(!gone);
  });

  it("counts what it removed, per table", () => {
    const expected = Object.fromEntries([...new Set(CASES.map((c) => c[0]))].map((t) => [t, CASES.filter((c) => c[0] === t && c[2]).length]));
    expect(purged).toEqual(expected);
  });

  it("never touches audit_event", async () => {
    expect(await opened.db.select().from(auditEvent).orderBy(auditEvent.id)).toEqual(auditBefore);
  });

  it("a second run finds nothing more", async () => {
    expect(Object.values(await purgeExpired(opened.db, AT)).every((n) => n === 0)).toBe(true);
  });
});
