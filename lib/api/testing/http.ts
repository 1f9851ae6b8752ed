/** Builds real `Request`s for route handler tests. */
export const ORIGIN = "http://portal.test";

export function postJson(path: string, body: unknown, headers: Record<string, string> = {}): Request {
  return postRaw(path, JSON.stringify(body), headers);
}

export function postRaw(path: string, body: BodyInit | Uint8Array | null, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}${path}`, {
    method: "POST",
    body: body as BodyInit | null,
    headers: { "content-type": "application/json", ...headers },
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** A body stream that sends `totalBytes` spaces and never declares its length. */
export function unsizedStream(totalBytes: number, chunkBytes = 8192): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const size = Math.min(chunkBytes, totalBytes - sent);
      controller.enqueue(new Uint8Array(size).fill(0x20));
      sent += size;
    },
  });
}

export async function bodyOf(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}
