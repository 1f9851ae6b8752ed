import { openConfigured, type OpenDatabase } from "./open";
import type { Db } from "./types";

declare global {
  // One database per process, kept across hot reloads in development.
  var portalDatabase: Promise<OpenDatabase> | undefined;
  // Set once the server is shutting down: the database is not opened again.
  var portalDatabaseShutDown: boolean | undefined;
}

/**
 * The process's database, opened and migrated on first use. DATABASE_URL selects PostgreSQL;
 * otherwise PGlite keeps its files in PORTAL_DATA_DIR (default .data/pglite). The demo registry is
 * written by lib/demo (instrumentation.ts), not here: this layer knows no use case.
 */
export function openDatabase(): Promise<OpenDatabase> {
  if (globalThis.portalDatabaseShutDown) return Promise.reject(new Error("the database is closed: the server is shutting down"));
  globalThis.portalDatabase ??= openConfigured().catch((error: unknown) => {
    globalThis.portalDatabase = undefined;
    throw error;
  });
  return globalThis.portalDatabase;
}

export function getDb(): Promise<Db> {
  return openDatabase().then((opened) => opened.db);
}

/** Closes the process's database (CLI commands, tests). */
export async function closeDb(): Promise<void> {
  const opened = await globalThis.portalDatabase;
  globalThis.portalDatabase = undefined;
  await opened?.close();
}

/**
 * Closes the database for good, when the server stops (instrumentation.ts). Transactions already
 * open run to their end first: node-postgres' pool.end() waits for every connection checked out,
 * and PGlite's close() for its transaction lock. Nothing opens it again in this process.
 */
export async function shutDownDatabase(): Promise<void> {
  globalThis.portalDatabaseShutDown = true;
  await globalThis.portalDatabase?.catch(() => undefined);
  await closeDb();
}
