import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { openPglite } from "./open";
import { adminQuery, createTestDatabase } from "./testing";

const parent = mkdtempSync(path.join(tmpdir(), "portal-open-"));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

function modes(dir: string): { dirs: number[]; files: number[] } {
  const out = { dirs: [statSync(dir).mode & 0o777], files: [] as number[] };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = modes(full);
      out.dirs.push(...inner.dirs);
      out.files.push(...inner.files);
    } else if (entry.isFile()) out.files.push(statSync(full).mode & 0o777);
  }
  return out;
}

describe("the embedded database on disk", () => {
  it("keeps its directory 0700 and its files 0600, even when the process started with umask 000", async () => {
    const before = process.umask(0);
    try {
      const dataDir = path.join(parent, "pglite");
      const opened = await openPglite(dataDir);
      await opened.db.execute("create table later (id int)");
      await opened.db.execute("insert into later values (1)");
      await opened.close();
      const found = modes(dataDir);
      expect(found.files.length).toBeGreaterThan(10);
      expect(new Set(found.dirs)).toEqual(new Set([0o700]));
      expect(new Set(found.files)).toEqual(new Set([0o600]));
      expect(statSync(`${dataDir}.lock`, { throwIfNoEntry: false })).toBeUndefined();
    } finally {
      process.umask(before);
    }
  });
});

describe.runIf(process.env.DATABASE_URL)("PostgreSQL through a pool", () => {
  it("outlives the server closing an idle connection: a warning, and the next query on a new connection", async () => {
    const opened = await createTestDatabase();
    try {
      const rows = async (query: ReturnType<typeof sql>) => ((await opened.db.execute(query)) as unknown as { rows: Record<string, unknown>[] }).rows;
      const name = String((await rows(sql`select current_database() as name`))[0]!.name);
      const warned = new Promise<Error>((resolve) => {
        const listener = (warning: Error) => {
          if (warning.name !== "DatabaseWarning") return;
          process.off("warning", listener);
          resolve(warning);
        };
        process.on("warning", listener);
      });
      await adminQuery(process.env.DATABASE_URL!, `select pg_terminate_backend(pid) from pg_stat_activity where datname = '${name}' and pid <> pg_backend_pid()`);
      expect((await warned).message).toMatch(/PostgreSQL closed an idle connection/);
      expect(await rows(sql`select 1 as one`)).toEqual([{ one: 1 }]);
    } finally {
      await opened.close();
    }
  });
});
