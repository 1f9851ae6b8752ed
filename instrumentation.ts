/**
 * When the server starts: refuses a production start without its required settings (lib/deployment.ts),
 * then opens and migrates the database (and in demo mode seeds it), so that the first resident to sign
 * in does not wait for it. Not during `next build`: PGlite belongs to one process, and the build's
 * workers never need it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startupProblems } = await import("./lib/deployment");
  const problems = startupProblems();
  if (problems.length > 0) {
    // A production server without its secrets would fall back to values nobody configured: refuse to begin.
    console.error(`[start] refusing to start in production:\n  ${problems.join("\n  ")}\n(PORTAL_DEMO=1 runs the demo instead.)`);
    process.exit(1);
  }
  const { openDatabase } = await import("./lib/db/client");
  const { seedDemoOnFirstStart } = await import("./lib/demo/first-start");
  await openDatabase().then((opened) => seedDemoOnFirstStart(opened)).catch((error: unknown) => {
    // Pages without data still work; the next request that needs the database tries again.
    console.error("[db] could not open the database:", error instanceof Error ? error.message : error);
  });
}
