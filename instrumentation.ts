/**
 * When the server starts: refuses a production start without its required settings (lib/deployment.ts)
 * and any start with a broken policy pack file (content/policies, docs/decisions/0018),
 * starts watching its HTTP requests (request ids, metrics, one log line each: lib/observability),
 * takes over SIGTERM and SIGINT for a graceful stop when NEXT_MANUAL_SIG_HANDLE is set, then opens
 * and migrates the database (and in demo mode seeds it), so that the first resident to sign in does
 * not wait for it. Not during `next build`: PGlite belongs to one process, and the build's workers
 * never need it.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { logger } = await import("./lib/observability/logger");
  const { startupProblems } = await import("./lib/deployment");
  const problems = startupProblems();
  if (problems.length > 0) {
    // A production server without its secrets would fall back to values nobody configured: refuse to begin.
    logger.fatal({ problems }, `refusing to start in production: ${problems.join(" ")} (PORTAL_DEMO=1 runs the demo instead.)`);
    process.exit(1);
  }
  const { loadPacks, PackFileError, describeProblem } = await import("./lib/rules/packs/load");
  try {
    // The catalog loads them again on first use; this only refuses a start with a broken pack file.
    loadPacks();
  } catch (error) {
    if (!(error instanceof PackFileError)) throw error;
    logger.fatal({ problems: error.problems.map(describeProblem) }, `refusing to start: a policy pack file is broken: ${error.problems.map(describeProblem).join("; ")}`);
    process.exit(1);
  }
  const { trustedProxies } = await import("./lib/auth/client-address");
  const { observeHttpRequests } = await import("./lib/observability/http-requests");
  const { registerProcessMetrics } = await import("./lib/observability/metrics");
  observeHttpRequests({ trustedHops: trustedProxiesOrNone(trustedProxies) });
  registerProcessMetrics();

  const { openDatabase, shutDownDatabase } = await import("./lib/db/client");
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    const { shutDownOnSignals } = await import("./lib/observability/shutdown");
    shutDownOnSignals({ closeDatabase: shutDownDatabase });
  } else if (process.env.NODE_ENV === "production") {
    // Next.js's own handler stops taking requests and answers those in flight, then exits without closing the database.
    logger.warn("NEXT_MANUAL_SIG_HANDLE is not set: on SIGTERM the database is not closed before the process ends (`npm start` sets it)");
  }
  const { seedDemoOnFirstStart } = await import("./lib/demo/first-start");
  await openDatabase().then((opened) => seedDemoOnFirstStart(opened)).catch((error: unknown) => {
    // Pages without data still work; the next request that needs the database tries again.
    logger.error({ err: error }, "could not open the database");
  });
}

/** A demo server with a malformed PORTAL_TRUSTED_PROXIES still starts (production refuses it above). */
function trustedProxiesOrNone(read: () => number): number {
  try {
    return read();
  } catch {
    return 0;
  }
}
