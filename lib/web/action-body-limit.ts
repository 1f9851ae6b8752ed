/**
 * The most a server action's body may hold: forms post names, codes and choices, never files. Also
 * `experimental.serverActions.bodySizeLimit` in next.config.ts, which stops Next.js reading a body
 * without Content-Length at this size; proxy.ts refuses a declared larger one with 413 before
 * Next.js reads a byte (docs/decisions/0013).
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 64 * 1024;
export const SERVER_ACTION_BODY_LIMIT = "64kb";
