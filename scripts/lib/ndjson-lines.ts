const NEWLINE = 0x0a;

export type InputLine = { tooLong: false; bytes: Uint8Array } | { tooLong: true };

/**
 * Splits a byte stream into lines, yielding the lines completed by each chunk together.
 * Memory stays bounded by one chunk plus `maxLineBytes`: a longer line is dropped as it
 * arrives and reported as `tooLong`, so one runaway line cannot exhaust memory.
 * A last line without a trailing newline still counts; a trailing newline adds no line.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxLineBytes: number,
): AsyncGenerator<InputLine[]> {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let tooLong = false;

  const take = (piece: Uint8Array) => {
    if (tooLong) return;
    if (pendingBytes + piece.byteLength > maxLineBytes) {
      tooLong = true;
      pending = [];
      pendingBytes = 0;
      return;
    }
    if (piece.byteLength > 0) pending.push(piece);
    pendingBytes += piece.byteLength;
  };
  const finish = (): InputLine => {
    const line: InputLine = tooLong ? { tooLong: true } : { tooLong: false, bytes: concat(pending, pendingBytes) };
    pending = [];
    pendingBytes = 0;
    tooLong = false;
    return line;
  };

  for await (const raw of chunks) {
    const chunk = typeof raw === "string" ? new TextEncoder().encode(raw) : raw;
    const lines: InputLine[] = [];
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      take(chunk.subarray(start, end));
      lines.push(finish());
      start = end + 1;
    }
    take(chunk.subarray(start));
    if (lines.length > 0) yield lines;
  }
  if (tooLong || pendingBytes > 0) yield [finish()];
}

function concat(parts: Uint8Array[], total: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return bytes;
}
