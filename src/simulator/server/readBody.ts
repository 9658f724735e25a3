import type { IncomingMessage } from 'node:http';

/** The request body exceeded the allowed size. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The request body exceeds ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

const EMPTY = new Uint8Array(0);

/** Reads a request body into memory, refusing bodies larger than `limit` bytes. */
export async function readBody(request: IncomingMessage, limit: number): Promise<Uint8Array> {
  const length = request.headers['content-length'];
  // Most requests are bodiless GETs; skipping the stream iteration keeps them cheap.
  if (
    (length === undefined || length === '0') &&
    request.headers['transfer-encoding'] === undefined
  ) {
    request.resume();
    return EMPTY;
  }
  const declared = Number(length ?? 0);
  if (declared > limit) throw new BodyTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.byteLength;
    if (size > limit) throw new BodyTooLargeError(limit);
    chunks.push(buffer);
  }
  return chunks.length === 1 && chunks[0] !== undefined ? chunks[0] : Buffer.concat(chunks);
}
