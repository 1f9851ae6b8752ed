import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb, shutDownDatabase } from "./client";
import { rowsOf } from "./driver";
import { createTestDatabase } from "./testing";

/** Turns of the event loop: time for a close that does not wait to get done. */
async function turns(n: number) {
  for (let i = 0; i < n; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe("closing the database when the server stops", () => {
  it("waits for a transaction in flight, lets it finish its statements, then closes, and opens it no more", async () => {
    globalThis.portalDatabase = createTestDatabase();
    const db = await getDb();
    const steps: string[] = [];
    let begun!: () => void;
    const inTransaction = new Promise<void>((resolve) => (begun = resolve));
    let finish!: () => void;
    const finishing = new Promise<void>((resolve) => (finish = resolve));
    const transaction = db.transaction(async (tx) => {
      await tx.execute(sql`select 1`);
      begun();
      await finishing;
      const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select 2 as n`));
      steps.push(`committed ${row?.n}`);
    });
    await inTransaction;
    const closing = shutDownDatabase().then(() => steps.push("closed"));
    await turns(50);
    expect(steps).toEqual([]);
    await expect(getDb()).rejects.toThrow(/shutting down/);
    finish();
    await transaction;
    await closing;
    expect(steps).toEqual(["committed 2", "closed"]);
    await expect(getDb()).rejects.toThrow(/shutting down/);
  });
});
