/**
 * Which entry of X-Forwarded-For is the client (docs/decisions/0013). Each proxy appends the address
 * it was connected from, so with N proxies of our own in front of the portal the N-th entry from
 * the right is the one the outermost of them saw: everything to its left was sent by the client and
 * proves nothing. Next.js sets the header to the socket's address only when the request has none
 * (`??=` in next/dist/server/base-server.js) and exposes the socket to no route, so with no proxy
 * (0 hops) the right-most entry is the socket's address when the client sent no header, and the
 * client's own claim when it did: production runs behind a proxy that overwrites or appends to the
 * header, with PORTAL_TRUSTED_PROXIES=1.
 */
export const TRUSTED_PROXIES_VARIABLE = "PORTAL_TRUSTED_PROXIES";
export const MAX_TRUSTED_PROXIES = 10;
export const UNKNOWN_ADDRESS = "unknown";

// An IPv4 or IPv6 address (with an optional zone or IPv4 tail), as proxies write them; a port is not kept.
const ADDRESS = /^[0-9A-Fa-f:.]{2,45}(%[0-9A-Za-z._-]{1,16})?$/;

export function clientAddressFrom(headerValue: string | null | undefined, trustedHops: number): string {
  const entries = (headerValue ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  if (entries.length === 0) return UNKNOWN_ADDRESS;
  // Fewer entries than proxies: the request reached us past some of them; the left-most is the farthest we know.
  const index = Math.max(0, entries.length - Math.max(1, trustedHops));
  const entry = unbracket(entries[index]!);
  return ADDRESS.test(entry) ? entry.toLowerCase() : UNKNOWN_ADDRESS;
}

/** "[2001:db8::1]:443" and "192.0.2.1:8080" → the address alone. */
function unbracket(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4WithPort ? v4WithPort[1]! : entry;
}

/** PORTAL_TRUSTED_PROXIES: how many proxies of our own stand in front of the portal (default 0). */
export function trustedProxies(env: Record<string, string | undefined> = process.env): number {
  const value = env[TRUSTED_PROXIES_VARIABLE];
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d+$/.test(value.trim()) || Number(value) > MAX_TRUSTED_PROXIES) {
    throw new Error(`${TRUSTED_PROXIES_VARIABLE} must be a whole number from 0 to ${MAX_TRUSTED_PROXIES}: how many proxies of your own stand in front of the portal.`);
  }
  return Number(value);
}
