import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { claimDataDir } from "./open";

/**
 * Backups of the embedded database: its whole data directory as one gzipped tar (PGlite's
 * dumpDataDir), written 0600. The database must not be open in a running server (the data directory
 * lock says so). PostgreSQL is backed up with its own tools (README "Production").
 */
export async function backupEmbedded(dataDir: string, file: string): Promise<number> {
  if (!existsSync(dataDir)) throw new Error(`There is no embedded database at ${dataDir}.`);
  const release = claimDataDir(dataDir);
  try {
    const client = await PGlite.create(dataDir);
    try {
      const dump = Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer());
      writeFileSync(file, dump, { mode: 0o600 });
      return dump.length;
    } finally {
      await client.close();
    }
  } finally {
    release();
  }
}

/** Restores a backup into an empty or new data directory; it never overwrites a database that is there. */
export async function restoreEmbedded(file: string, dataDir: string): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} already holds a database: restore into a new directory (PORTAL_DATA_DIR), or move this one away first.`);
  }
  const release = claimDataDir(dataDir);
  try {
    const client = await PGlite.create({ dataDir, loadDataDir: new Blob([readFileSync(file)]) });
    await client.close();
  } finally {
    release();
  }
}
