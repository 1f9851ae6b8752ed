import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { backupEmbedded, restoreEmbedded } from "./backup";
import { rowsOf } from "./driver";
import { readiness } from "./health";
import { openPglite } from "./open";

const parent = mkdtempSync(path.join(tmpdir(), "portal-backup-"));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe("backup and restore of the embedded database", () => {
  it("round-trips every row and migration, and never restores over a database", async () => {
    const original = path.join(parent, "original");
    const opened = await openPglite(original);
    await opened.db.execute(sql`insert into server_secret (name, value, created_at) values ('round-trip', 'kept', now())`);
    await opened.close();

    const file = path.join(parent, "portal.tar.gz");
    expect(await backupEmbedded(original, file)).toBeGreaterThan(1000);
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const restored = path.join(parent, "restored");
    await restoreEmbedded(file, restored);
    const reopened = await openPglite(restored);
    try {
      expect(rowsOf<{ value: string }>(await reopened.db.execute(sql`select value from server_secret where name = 'round-trip'`))).toEqual([{ value: "kept" }]);
      expect((await readiness(reopened.db)).ready).toBe(true);
    } finally {
      await reopened.close();
    }
    await expect(restoreEmbedded(file, original)).rejects.toThrow(/already holds a database/);
  });
});
