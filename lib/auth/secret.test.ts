import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { OpenDatabase } from "@/lib/db/open";
import { serverSecret } from "@/lib/db/schema";
import { createTestDatabase } from "@/lib/db/testing";
import { cashierKey } from "@/lib/cashier/signature";
import { namedSecret, serverKey } from "./secret";

let database: OpenDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.close();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

const rowOf = async (name: string) => (await database.db.select().from(serverSecret).where(eq(serverSecret.name, name)))[0];

describe("a named secret", () => {
  it("comes from the environment when set: PORTAL_SECRET hashed to a key, PORTAL_CASHIER_SECRET as its bytes", async () => {
    vi.stubEnv("PORTAL_SECRET", "a secret");
    vi.stubEnv("PORTAL_CASHIER_SECRET", "shared with the cashier");
    expect(await namedSecret(database.db, "hmac")).toEqual(createHash("sha256").update("a secret").digest());
    expect(await namedSecret(database.db, "cashier")).toEqual(Buffer.from("shared with the cashier", "utf8"));
    expect(await serverKey(database.db)).toEqual(await namedSecret(database.db, "hmac"));
    expect(await cashierKey(database.db)).toEqual(await namedSecret(database.db, "cashier"));
  });

  it("otherwise (unset or empty) is made once, in the database row of its name, and kept", async () => {
    vi.stubEnv("PORTAL_CASHIER_SECRET", "");
    const first = await namedSecret(database.db, "cashier");
    expect(first).toHaveLength(32);
    expect((await rowOf("cashier"))?.value).toBe(first.toString("hex"));
    expect(await namedSecret(database.db, "cashier")).toEqual(first);
    expect(await cashierKey(database.db)).toEqual(first);
  });

  it("takes the row another instance made first", async () => {
    vi.stubEnv("PORTAL_SECRET", "");
    const made = "ab".repeat(32);
    await database.db.insert(serverSecret).values({ name: "hmac", value: made, createdAt: new Date(0) });
    expect((await serverKey(database.db)).toString("hex")).toBe(made);
    expect((await namedSecret(database.db, "hmac")).toString("hex")).toBe(made);
    expect((await namedSecret(database.db, "cashier")).toString("hex")).not.toBe(made);
  });
});
