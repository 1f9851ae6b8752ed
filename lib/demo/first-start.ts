import { now } from "@/lib/clock";
import { registryIsEmpty, type OpenDatabase } from "@/lib/db/open";
import { seedDemoNotices } from "./notices";
import { seedDemoRegistry } from "./seed-registry";

/**
 * The demo registry on first start: the embedded database, or PostgreSQL with PORTAL_DEMO=1, is
 * seeded when its registry is empty (instrumentation.ts, before the first request is served).
 */
export async function seedDemoOnFirstStart(opened: OpenDatabase): Promise<void> {
  const seedOnStart = opened.kind === "pglite" || process.env.PORTAL_DEMO === "1";
  if (!seedOnStart || !(await registryIsEmpty(opened.db))) return;
  const { people } = await seedDemoRegistry(opened.db, now());
  const notices = await seedDemoNotices(opened.db, now());
  console.info(`[db] seeded the demo registry: ${people} people, ${notices} payment notices`);
}
