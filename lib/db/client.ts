import { now } from "@/lib/clock";
import { openConfigured, registryIsEmpty, type OpenDatabase } from "./open";
import { seedDemoNotices } from "./seed/demo-notices";
import { seedDemoRegistry } from "./seed/seed";
import type { Db } from "./types";

declare global {
  // One database per process, kept across hot reloads in development.
  var portalDatabase: Promise<OpenDatabase> | undefined;
}

/**
 * The process's database, opened, migrated and (for the embedded database, or PostgreSQL with
 * PORTAL_DEMO=1) seeded with the demo registry on first use. DATABASE_URL selects PostgreSQL;
 * otherwise PGlite keeps its files in PORTAL_DATA_DIR (default .data/pglite).
 */
export function getDb(): Promise<Db> {
  globalThis.portalDatabase ??= start().catch((error: unknown) => {
    globalThis.portalDatabase = undefined;
    throw error;
  });
  return globalThis.portalDatabase.then((opened) => opened.db);
}

async function start(): Promise<OpenDatabase> {
  const opened = await openConfigured();
  const seedOnStart = opened.kind === "pglite" || process.env.PORTAL_DEMO === "1";
  if (seedOnStart && (await registryIsEmpty(opened.db))) {
    const { people } = await seedDemoRegistry(opened.db, now());
    const notices = await seedDemoNotices(opened.db, now());
    console.info(`[db] seeded the demo registry: ${people} people, ${notices} payment notices`);
  }
  return opened;
}

/** Closes the process's database (CLI commands, tests). */
export async function closeDb(): Promise<void> {
  const opened = await globalThis.portalDatabase;
  globalThis.portalDatabase = undefined;
  await opened?.close();
}
