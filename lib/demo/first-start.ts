import { now } from "@/lib/clock";
import { demoMode } from "@/lib/deployment";
import { registryIsEmpty, type OpenDatabase } from "@/lib/db/open";
import { logger } from "@/lib/observability/logger";
import { seedDemoNotices } from "./notices";
import { seedDemoRegistry } from "./seed-registry";

/**
 * The demo registry on first start, in demo mode only (lib/deployment.ts): an empty registry is seeded
 * (instrumentation.ts, before the first request is served). A production database stays empty until
 * the registry is fed for real.
 */
export async function seedDemoOnFirstStart(opened: OpenDatabase, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (!demoMode(env) || !(await registryIsEmpty(opened.db))) return;
  const { people } = await seedDemoRegistry(opened.db, now());
  const notices = await seedDemoNotices(opened.db, now());
  logger.info({ people, notices }, "seeded the demo registry");
}
