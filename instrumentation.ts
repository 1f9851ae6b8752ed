/**
 * Opens (and on first start migrates and seeds) the database when the server starts, so that the
 * first resident to sign in does not wait for it. Not during `next build`: PGlite belongs to one
 * process, and the build's workers never need it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { openDatabase } = await import("./lib/db/client");
  const { seedDemoOnFirstStart } = await import("./lib/demo/first-start");
  await openDatabase().then((opened) => seedDemoOnFirstStart(opened)).catch((error: unknown) => {
    // Pages without data still work; the next request that needs the database tries again.
    console.error("[db] could not open the database:", error instanceof Error ? error.message : error);
  });
}
