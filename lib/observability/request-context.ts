import { AsyncLocalStorage } from "node:async_hooks";

export type RequestContext = { requestId: string };

declare global {
  // One store per process: Next.js bundles this module once per route, and every copy must read the same requests.
  var portalRequestContext: AsyncLocalStorage<RequestContext> | undefined;
}

function storage(): AsyncLocalStorage<RequestContext> {
  return (globalThis.portalRequestContext ??= new AsyncLocalStorage<RequestContext>());
}

/** The id of the request this code runs for, if it runs for one. */
export function currentRequestId(): string | undefined {
  return storage().getStore()?.requestId;
}

/**
 * Makes `context` the request of the rest of this synchronous run and of everything it starts: for
 * the HTTP server's request hook, which runs just before the server hands the request to Next.js.
 */
export function enterRequest(context: RequestContext): void {
  storage().enterWith(context);
}

/** Runs `run` as part of the request `context` (CLI commands, tests). */
export function withRequestContext<T>(context: RequestContext, run: () => T): T {
  return storage().run(context, run);
}
