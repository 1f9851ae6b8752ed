import { openConfigured, type OpenDatabase } from "./open";
import type { Db } from "./types";

declare global {
  // One database per process, kept across hot reloads in development.
  var portalDatabase: Promise<OpenDatabase> | undefined;
}

/**
 * The process's database, opened and migrated on first use. DATABASE_URL selects PostgreSQL;
 * otherwise PGlite keeps its files in PORTAL_DATA_DIR (default .data/pglite). The demo registry is
 * written by lib/demo (instrumentation.ts), not here: this layer knows no use case.
 */
export function openDatabase(): Promise<OpenDatabase> {
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
