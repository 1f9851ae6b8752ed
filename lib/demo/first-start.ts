import { now } from "@/lib/clock";
import { demoMode } from "@/lib/deployment";
import { registryIsEmpty, type OpenDatabase } from "@/lib/db/open";
import { logger } from "@/lib/observability/logger";
import { seedDemoNotices } from "./notices";
import { seedDemoRegistry } from "./seed-registry";
import { seedDemoStaff } from "./seed-staff";
import { demoStaffTable } from "./staff";

/**
 * The demo registry on first start, in demo mode only (lib/deployment.ts): an empty registry is seeded
 * (instrumentation.ts, before the first request is served). A production database stays empty until
 * the registry is fed for real.
 */
export async function seedDemoOnFirstStart(opened: OpenDatabase, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!demoMode(env)) return;
  if (await registryIsEmpty(opened.db)) {
    const { people } = await seedDemoRegistry(opened.db, now());
    const notices = await seedDemoNotices(opened.db, now());
    logger.info({ people, notices }, "seeded the demo registry");
  }
  // The demo office's staff, with their public demo passwords and TOTP secrets (README "Demo staff"):
  // demo servers only, printed as a table for the person who started the demo (not a log line).
  if ((await seedDemoStaff(opened.db, now())) > 0) {
    logger.info("seeded the demo staff");
    process.stdout.write(`Demo office staff (sign in at /zh-Hans/office/sign-in):\n${demoStaffTable()}\n`);
  }
}
