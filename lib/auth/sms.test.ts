import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smsOutbox } from "@/lib/db/schema";
import type { OpenDatabase } from "@/lib/db/open";
import { createTestDatabase } from "@/lib/db/testing";
import { captureLogs } from "@/lib/observability/testing";
import { createOutboxSms, signInCodeText } from "./sms";

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

const T0 = new Date("2025-11-20T02:00:00Z");
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function sendAndRead(env: Record<string, string>, phone: string, at: Date) {
  const log = captureLogs();
  try {
    await createOutboxSms(env as NodeJS.ProcessEnv).send(database.db, { phone, text: signInCodeText("042917", 5) }, at);
    const rows = await database.db.select().from(smsOutbox);
    return { rows: rows.filter((r) => r.phone === phone), logged: log.text() };
  } finally {
    log.restore();
  }
}

describe("the SMS outbox", () => {
  it.each([
    ["production", { NODE_ENV: "production" }, "13900000001"],
    ["NODE_ENV unset", {}, "13900000002"],
  ])("keeps no code outside demo mode (%s)", async (_, env, phone) => {
    const { rows, logged } = await sendAndRead(env, phone, T0);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.body).not.toContain("042917");
    expect(rows[0]!.body).toContain("******");
    expect(logged).not.toMatch(/\d{6}/);
    expect(logged).not.toContain(phone);
  });

  it("keeps the code where a person must read it, on a demo server; the log still has neither code nor phone", async () => {
    const { rows, logged } = await sendAndRead({ NODE_ENV: "production", PORTAL_DEMO: "1" }, "13900000003", T0);
    expect(rows[0]!.body).toContain("042917");
    expect(logged).not.toContain("042917");
    expect(logged).toContain("139****0003");
  });

  it("purges messages older than any code's life", async () => {
    await sendAndRead({ PORTAL_DEMO: "1" }, "13900000004", T0);
    expect((await sendAndRead({ PORTAL_DEMO: "1" }, "13900000004", minutes(9))).rows).toHaveLength(2);
    const later = await sendAndRead({ PORTAL_DEMO: "1" }, "13900000004", minutes(20));
    expect(later.rows.map((r) => r.createdAt.getTime())).toEqual([minutes(20).getTime()]);
  });
});
