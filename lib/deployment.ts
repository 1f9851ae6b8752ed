import { trustedProxies } from "./auth/client-address";

/**
 * What kind of deployment this process is. Demo behaviour — the demo registry, the SMS outbox page,
 * a pinned service date (PORTAL_TODAY) and the sandbox cashier — exists only on a demo server
 * (PORTAL_DEMO=1, as `npm run demo` and the end-to-end servers run), in development and in tests.
 * A production start (`next start`, NODE_ENV=production) and a command run with NODE_ENV unset get none.
 */
export function demoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.PORTAL_DEMO === "1" || env.NODE_ENV === "development" || env.NODE_ENV === "test";
}

/** What a production server must be given; a demo server makes up its own (kept in its database or data directory). */
export const REQUIRED_IN_PRODUCTION = [
  { name: "PORTAL_SECRET", secret: true, purpose: "keys the hashes of one-time codes, phones and addresses" },
  { name: "PORTAL_COOKIE_SECRET", secret: true, purpose: "seals the eligibility check's answers (the same on every instance)" },
  { name: "PORTAL_CASHIER_SECRET", secret: true, purpose: "signs orders to and callbacks from the tax bureau's collection service" },
  { name: "PORTAL_BASE_URL", secret: false, purpose: "the portal's public address, where the collection service sends its confirmations" },
] as const;

const MIN_SECRET_BYTES = 32;

/**
 * Why a production start must not begin, one line per setting, each naming the variable; empty when
 * it may (and always in demo mode).
 */
export function startupProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  if (demoMode(env)) return [];
  return [...requiredProblems(env), ...trustedProxiesProblems(env), ...metricsTokenProblems(env)];
}

/** PORTAL_METRICS_TOKEN is optional (no /metrics without it), but a short one is guessable. */
function metricsTokenProblems(env: NodeJS.ProcessEnv): string[] {
  const token = env.PORTAL_METRICS_TOKEN;
  if (!token || Buffer.byteLength(token, "utf8") >= MIN_SECRET_BYTES) return [];
  return [`PORTAL_METRICS_TOKEN is shorter than ${MIN_SECRET_BYTES} bytes: use a random value, for example \`openssl rand -base64 48\`, or leave it unset to turn /metrics off.`];
}

/** PORTAL_TRUSTED_PROXIES is optional (0), but a value that is not a number of proxies is a mistake to stop at. */
function trustedProxiesProblems(env: NodeJS.ProcessEnv): string[] {
  try {
    trustedProxies(env);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

function requiredProblems(env: NodeJS.ProcessEnv): string[] {
  return REQUIRED_IN_PRODUCTION.flatMap(({ name, secret, purpose }) => {
    const value = env[name];
    if (value === undefined || value === "") return [`${name} is not set: it ${purpose}.`];
    if (secret && Buffer.byteLength(value, "utf8") < MIN_SECRET_BYTES) {
      return [`${name} is shorter than ${MIN_SECRET_BYTES} bytes: use a random value, for example \`openssl rand -base64 48\`.`];
    }
    if (!secret && !/^https?:\/\/[^/\s]+/.test(value)) return [`${name} is not an http(s) address: it ${purpose}.`];
    return [];
  });
}
