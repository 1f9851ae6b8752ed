/**
 * npm run retention: deletes, now, sign-in's short-lived rows that have outlived RETENTION_POLICY
 * (lib/auth/policy.ts) — codes, face checks, ended sessions, rate-limit rows, SMS outbox rows — and
 * prints how many of each. audit_event is never touched. DATABASE_URL selects PostgreSQL; otherwise the
 * embedded database in PORTAL_DATA_DIR (default .data/pglite), which must not be open in a running server.
 */
import { purgeExpired } from "@/lib/auth/retention";
import { now } from "@/lib/clock";
import { openConfigured } from "@/lib/db/open";

async function main(): Promise<number> {
  const opened = await openConfigured();
  try {
    const purged = await purgeExpired(opened.db, now());
    for (const [table, rows] of Object.entries(purged)) console.log(`${table}: ${rows} removed`);
  } finally {
    await opened.close();
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
