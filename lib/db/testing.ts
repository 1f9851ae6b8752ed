import { randomUUID } from "node:crypto";
import pg from "pg";
import { openPglite, openPostgres, type OpenDatabase } from "./open";

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
      await adminQuery(url, `drop database if exists ${name} with (force)`);
    },
  };
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
