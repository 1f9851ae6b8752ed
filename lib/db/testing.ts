import { randomUUID } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { MIGRATIONS_DIR, openPglite, openPostgres, type OpenDatabase } from "./open";
import * as schema from "./schema";
import type { Db } from "./types";

/**
 * A fresh, migrated, empty database for one test file: PGlite in memory, or, when DATABASE_URL is
 * set (scripts/test-all.sh runs the database tests a second time against PostgreSQL), a new
 * database on that server, dropped again by close().
 */
export async function createTestDatabase(): Promise<OpenDatabase> {
  const url = process.env.DATABASE_URL;
  if (!url) return openPglite("memory://");
  const name = `portal_test_${randomUUID().replaceAll("-", "")}`;
  await adminQuery(url, `create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const opened = await openPostgres(target.toString(), 30);
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await dropDatabase(url, name);
    },
  };
}

/** One statement on the server itself (creating and dropping databases). */
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * pool.end() resolves once its clients have *asked* to close, not when their connections are gone;
 * dropping the database "with (force)" at that moment terminates them mid-close, and node-postgres
 * reports that as an uncaught error (57P01) that fails the run. So wait (up to 5 s) until the server
 * shows no connection to the database, then drop it. `url` is any database of the same server.
 */
export async function dropDatabase(url: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let tries = 0; tries < 100; tries += 1) {
      const { rows } = await client.query<{ n: number }>("select count(*)::int as n from pg_stat_activity where datname = $1", [name]);
      if (!rows[0]?.n) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
}

/**
 * A fresh in-memory PGlite that records the text of every statement it runs (not the parameters):
 * for tests that two answers cost the same queries, so that neither their content nor their time
 * tells one case from the other (issue 13). `statements` is emptied by the caller between runs.
 */
export async function createRecordingTestDatabase(): Promise<OpenDatabase & { statements: string[] }> {
  const statements: string[] = [];
  const client = await PGlite.create("memory://");
  const db = drizzlePglite({ client, schema, logger: { logQuery: (query) => void statements.push(query) } });
  await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
  return { db: db as unknown as Db, kind: "pglite", close: () => client.close(), statements };
}
