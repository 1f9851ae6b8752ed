/**
 * The end-to-end specs run against production servers that differ only in their service
 * date (PORTAL_TODAY), because what the portal answers depends on the day: inside the 2026
 * registration periods, after them (late enrolment, Ningxia's dynamic period), and late in the
 * coverage year (a payment that buys no cover). Each has its own embedded database.
 */
/** E2E_PORT_OFFSET moves every port the specs use, so that two checkouts can run their specs side by side. */
export const PORT_OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const SERVERS = {
  centralized: { port: 3210 + PORT_OFFSET, today: "2025-11-20" },
  late: { port: 3211 + PORT_OFFSET, today: "2026-03-10" },
  yearEnd: { port: 3212 + PORT_OFFSET, today: "2026-10-20" },
  // Payment (J5) inside the periods, on a database of its own: paying binds demo residents whose
  // first sign-in other specs need on the centralized server.
  payments: { port: 3213 + PORT_OFFSET, today: "2025-11-20" },
} as const;

/**
 * The office spec runs on both databases: these two servers have the service dates of the
 * centralized and late ones, on a fresh database each of the throwaway PostgreSQL cluster that
 * scripts/test-all.sh hands over as E2E_DATABASE_URL; without it they are not started.
 */
export const POSTGRES_SERVERS = {
  centralized: { port: 3214 + PORT_OFFSET, today: SERVERS.centralized.today },
  late: { port: 3215 + PORT_OFFSET, today: SERVERS.late.today },
} as const;

/** The database a PostgreSQL server of the end-to-end run uses. */
export function postgresDatabaseUrl(cluster: string, port: number): { name: string; url: string } {
  const name = `portal_e2e_${port}`;
  const url = new URL(cluster);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

/** A port of its own for a spec that starts its own server (3290–3299, moved by E2E_PORT_OFFSET). */
export function ownPort(n: number): number {
  return 3290 + n + PORT_OFFSET;
}

export type ServerName = keyof typeof SERVERS;

export function baseUrl(name: ServerName): string {
  return `http://127.0.0.1:${SERVERS[name].port}`;
}
