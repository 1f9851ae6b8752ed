import { randomInt } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";

/** What a proxy of our own may hand on: a uuid, a trace id, nginx's $request_id. */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{7,99}$/;
// Letters only: the id is in every log line, and a scan of the logs for leaked six-digit codes must not trip over it.
const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LENGTH = 22; // about 125 random bits

export function newRequestId(): string {
  let id = "";
  for (let i = 0; i < LENGTH; i += 1) id += ALPHABET[randomInt(ALPHABET.length)];
  return id;
}

/**
 * The request's id: the one a proxy of our own sent (PORTAL_TRUSTED_PROXIES > 0, docs/decisions/0013),
 * when it is well formed; otherwise a new one. With no proxy of our own the header came from the
 * client, who could use it to make their requests look like someone else's in the logs.
 */
export function requestIdFor(incoming: string | string[] | undefined, trustedHops: number): string {
  const sent = Array.isArray(incoming) ? incoming.at(-1) : incoming;
  return trustedHops > 0 && sent !== undefined && WELL_FORMED.test(sent) ? sent : newRequestId();
}
