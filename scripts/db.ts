/**
 * The database commands:
 *   npm run db:migrate   apply the migrations (also done on every start)
 *   npm run db:seed      write the synthetic demo registry (idempotent)
 *   npm run db:reset     start over: drop everything, migrate, seed
 *   npm run db:backup -- FILE    the embedded database to a gzipped tar (stop the server first)
 *   npm run db:restore -- FILE   a backup into PORTAL_DATA_DIR, which must be new or empty
 * DATABASE_URL selects PostgreSQL; otherwise the embedded database in PORTAL_DATA_DIR (default .data/pglite),
 * which must not be open in a running server at the same time.
 */
import { rmSync } from "node:fs";
import pg from "pg";
import { now } from "@/lib/clock";
import { backupEmbedded, restoreEmbedded } from "@/lib/db/backup";
import { claimDataDir, openConfigured } from "@/lib/db/open";
import { seedDemoNotices } from "@/lib/demo/notices";
import { seedDemoRegistry } from "@/lib/demo/seed-registry";
import { seedDemoStaff } from "@/lib/demo/seed-staff";

async function dropEverything(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query("drop schema if exists drizzle cascade; drop schema public cascade; create schema public;");
    await client.end();
    return;
  }
  const dataDir = process.env.PORTAL_DATA_DIR || ".data/pglite";
  const release = claimDataDir(dataDir);
  rmSync(dataDir, { recursive: true, force: true });
  release();
}

async function backupOrRestore(command: "backup" | "restore", file: string | undefined): Promise<number> {
  if (!file) {
    console.error(`usage: tsx scripts/db.ts ${command} FILE`);
    return 2;
  }
  if (process.env.DATABASE_URL) {
    console.error("DATABASE_URL is set: back PostgreSQL up with its own tools (pg_dump -Fc, pg_restore; README \"Production\").");
    return 2;
  }
  const dataDir = process.env.PORTAL_DATA_DIR || ".data/pglite";
  if (command === "backup") console.log(`backed up ${dataDir} to ${file} (${await backupEmbedded(dataDir, file)} bytes)`);
  else {
    await restoreEmbedded(file, dataDir);
    console.log(`restored ${file} into ${dataDir}`);
  }
  return 0;
}

async function main(command: string | undefined, file: string | undefined): Promise<number> {
  if (command === "backup" || command === "restore") return backupOrRestore(command, file);
  if (command !== "migrate" && command !== "seed" && command !== "reset") {
    console.error("usage: tsx scripts/db.ts migrate|seed|reset|backup FILE|restore FILE");
    return 2;
  }
  if (command === "reset") await dropEverything();
  const opened = await openConfigured();
  try {
    console.log(`migrated the ${opened.kind === "pglite" ? "embedded database" : "PostgreSQL database"}`);
    if (command !== "migrate") {
      const { households, people } = await seedDemoRegistry(opened.db, now());
      const notices = await seedDemoNotices(opened.db, now());
      const staff = await seedDemoStaff(opened.db, now());
      console.log(`seeded the demo registry: ${households} households, ${people} people, ${notices} payment notices, ${staff} new demo staff (README "Demo staff")`);
    }
  } finally {
    await opened.close();
  }
  return 0;
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
