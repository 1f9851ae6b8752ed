import { readFileSync } from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { rowsOf } from "./driver";
import { MIGRATIONS_DIR } from "./open";
import type { Db } from "./types";

export type Readiness = { ready: true; migrations: number } | { ready: false; problem: "unreachable" | "migrations-pending"; applied?: number; expected: number };

/** The migrations this build carries (drizzle-kit's journal). */
export function expectedMigrations(dir = MIGRATIONS_DIR): number {
  const journal = JSON.parse(readFileSync(path.join(dir, "meta/_journal.json"), "utf8")) as { entries: unknown[] };
  return journal.entries.length;
}

/** Whether the database answers and carries every migration of this build (an instance ahead of its database is not ready). */
export async function readiness(db: Db, expected = expectedMigrations()): Promise<Readiness> {
  let applied: number;
  try {
    const [row] = rowsOf<{ n: number | string }>(await db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
    applied = Number(row?.n ?? 0);
  } catch {
    return { ready: false, problem: "unreachable", expected };
  }
  return applied >= expected ? { ready: true, migrations: applied } : { ready: false, problem: "migrations-pending", applied, expected };
}
