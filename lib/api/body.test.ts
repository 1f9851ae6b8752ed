import { describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES, readBodyBytes, readJsonBody } from "./body";

const URL = "http://portal.test/api/v1/eligibility";

function post(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request(URL, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    // Streams as bodies need half-duplex in undici.
    ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
  } as RequestInit);
}

/** A stream that never says how long it is: no Content-Length at all. */
function streamOf(totalBytes: number, chunkBytes = 8192): ReadableStream<Uint8Array> {
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

describe("readBodyBytes", () => {
  it("reads a body at the limit", async () => {
    const result = await readBodyBytes(post(" ".repeat(BODY_LIMIT_BYTES)), BODY_LIMIT_BYTES);
    expect(result.ok && result.bytes.byteLength).toBe(BODY_LIMIT_BYTES);
  });

  it("refuses one byte over the limit", async () => {
    const result = await readBodyBytes(post(" ".repeat(BODY_LIMIT_BYTES + 1)), BODY_LIMIT_BYTES);
    expect(result.ok || result.error.code).toBe("payload-too-large");
  });

  it("refuses a declared Content-Length over the limit without reading", async () => {
    const request = post("{}", { "content-length": String(BODY_LIMIT_BYTES + 1) });
    const result = await readBodyBytes(request, BODY_LIMIT_BYTES);
    expect(result.ok || result.error.code).toBe("payload-too-large");
    expect(request.bodyUsed).toBe(false);
  });

  it("counts bytes when Content-Length lies", async () => {
    const request = post("x".repeat(BODY_LIMIT_BYTES * 2), { "content-length": "2" });
    const result = await readBodyBytes(request, BODY_LIMIT_BYTES);
    expect(result.ok || result.error.code).toBe("payload-too-large");
  });

  it("counts bytes when Content-Length is missing, and stops reading early", async () => {
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(4096));
      },
    });
    const result = await readBodyBytes(post(endless), BODY_LIMIT_BYTES);
    expect(result.ok || result.error.code).toBe("payload-too-large");
    expect(pulled).toBeLessThan(40);
  });

  it("reads a streamed body under the limit", async () => {
    const result = await readBodyBytes(post(streamOf(50_000)), BODY_LIMIT_BYTES);
    expect(result.ok && result.bytes.byteLength).toBe(50_000);
  });

  it("treats a missing body as empty", async () => {
    const result = await readBodyBytes(post(null), BODY_LIMIT_BYTES);
    expect(result.ok && result.bytes.byteLength).toBe(0);
  });
});

describe("readJsonBody", () => {
  it("checks the content type before reading", async () => {
    const request = post("{}", { "content-type": "text/plain" });
    const result = await readJsonBody(request);
    expect(result.ok || result.error.code).toBe("unsupported-media-type");
    expect(request.bodyUsed).toBe(false);
  });

  it("answers invalid-json for a body that does not parse", async () => {
    const result = await readJsonBody(post("{nope"));
    expect(result.ok || result.error.code).toBe("invalid-json");
  });

  it("parses a JSON body", async () => {
    expect(await readJsonBody(post('{"a":[1,"二"]}'))).toEqual({ ok: true, json: { a: [1, "二"] } });
  });
});
