import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { Pool } from "pg";
import * as schema from "./schema";
import type { Db } from "./types";

export const MIGRATIONS_DIR = path.join(process.cwd(), "lib/db/migrations");
// Any constant will do: every instance migrating at once takes turns on this advisory lock.
const MIGRATION_LOCK = 7_716_001;

export type OpenDatabase = { db: Db; kind: "pglite" | "postgres"; close: () => Promise<void> };

/** The embedded database: PGlite with its files in `dataDir`, or in memory for "memory://". */
export async function openPglite(dataDir: string): Promise<OpenDatabase> {
  const inMemory = dataDir.startsWith("memory://");
  const release = inMemory ? () => undefined : claimDataDir(dataDir);
  try {
    if (!inMemory) keepPrivate(dataDir);
    const client = await PGlite.create(dataDir);
    if (!inMemory) keepPrivate(dataDir);
    const db = drizzlePglite({ client, schema });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
    return {
      db: db as unknown as Db,
      kind: "pglite",
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * The embedded database holds the registry and the server's keys: its directory is 0700 and its files
 * 0600, and so is everything this process creates later (umask 077), whatever the umask it started with.
 */
function keepPrivate(dataDir: string): void {
  process.umask(0o077);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const walk = (dir: string) => {
    chmodSync(dir, 0o700);
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) chmodSync(full, 0o600);
    }
  };
  walk(dataDir);
}

/**
 * PGlite is one process's database: a second process opening the same files would corrupt them.
 * A lock file next to the data directory names the process that has it.
 */
export function claimDataDir(dataDir: string): () => void {
  const lockFile = `${path.resolve(dataDir)}.lock`;
  mkdirSync(path.dirname(lockFile), { recursive: true });
  const holder = Number(readFileSafe(lockFile));
  if (holder && holder !== process.pid && processIsAlive(holder)) {
    throw new Error(
      `The embedded database ${dataDir} is in use by process ${holder} (a running server?). Stop it first, or use PostgreSQL through DATABASE_URL.`,
    );
  }
  writeFileSync(lockFile, String(process.pid), { mode: 0o600 });
  const release = () => {
    if (Number(readFileSafe(lockFile)) === process.pid) rmSync(lockFile, { force: true });
  };
  process.once("exit", release);
  return release;
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, "utf8").trim();
  } catch {
    return "";
  }
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** PostgreSQL through a node-postgres pool; migrations run on one connection under an advisory lock. */
export async function openPostgres(connectionString: string, poolSize = 10): Promise<OpenDatabase> {
  const pool = new Pool({ connectionString, max: poolSize });
  // An idle connection the server drops (a restart, a failover, pg_terminate_backend) is an 'error'
  // on the pool, which throws when nobody listens and so ends the process. The pool has already
  // removed that client and the next query opens a new one: say so, and carry on.
  pool.on("error", (error) => process.emitWarning(`PostgreSQL closed an idle connection: ${error.message}`, "DatabaseWarning"));
  const connection = await pool.connect();
  try {
    await connection.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePg(drizzlePg({ client: connection, schema }), { migrationsFolder: MIGRATIONS_DIR });
  } finally {
    await connection.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => undefined);
    connection.release();
  }
  const db = drizzlePg({ client: pool, schema });
  return { db: db as unknown as Db, kind: "postgres", close: () => pool.end() };
}

/** DATABASE_URL → PostgreSQL; otherwise PGlite in PORTAL_DATA_DIR (default .data/pglite). */
export function openConfigured(env: NodeJS.ProcessEnv = process.env): Promise<OpenDatabase> {
  if (env.DATABASE_URL) return openPostgres(env.DATABASE_URL, Number(env.PORTAL_DB_POOL_SIZE) || 10);
  return openPglite(env.PORTAL_DATA_DIR || ".data/pglite");
}

/** True when the registry holds nobody yet (a fresh database). */
export async function registryIsEmpty(db: Db): Promise<boolean> {
  const rows = await db.select({ one: sql<number>`1` }).from(schema.registryPerson).limit(1);
  return rows.length === 0;
}
