/**
 * The end-to-end specs run against production servers that differ only in their service
 * date (PORTAL_TODAY), because what the portal answers depends on the day: inside the 2026
 * registration periods, after them (late enrolment, Ningxia's dynamic period), and late in the
 * coverage year (a payment that buys no cover). Each has its own embedded database.
 */
export const SERVERS = {
  centralized: { port: 3210, today: "2025-11-20" },
  late: { port: 3211, today: "2026-03-10" },
  yearEnd: { port: 3212, today: "2026-10-20" },
  // Payment (J5) inside the periods, on a database of its own: paying binds demo residents whose
  // first sign-in other specs need on the centralized server.
  payments: { port: 3213, today: "2025-11-20" },
} as const;

export type ServerName = keyof typeof SERVERS;

export function baseUrl(name: ServerName): string {
  return `http://127.0.0.1:${SERVERS[name].port}`;
}
