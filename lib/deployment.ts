/**
 * What kind of deployment this process is. Demo behaviour — the demo registry, the SMS outbox page,
 * a pinned service date (PORTAL_TODAY) and the sandbox cashier — exists only on a demo server
 * (PORTAL_DEMO=1, as `npm run demo` and the end-to-end servers run), in development and in tests.
 * A production start (`next start`, NODE_ENV=production) and a command run with NODE_ENV unset get none.
 */
export function demoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PORTAL_DEMO === "1" || env.NODE_ENV === "development" || env.NODE_ENV === "test";
}
