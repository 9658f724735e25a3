/** One part of a multipart/form-data body. */
export interface FormPart {
  readonly name: string;
  /** Set for file parts. */
  readonly filename: string | null;
  readonly contentType: string | null;
  readonly data: Uint8Array;
}

/**
 * Parses a multipart/form-data body (RFC 7578) held in memory. Enough for the simulator's upload
 * endpoint: it needs field values and one file, and the whole body is already buffered, so a
 * streaming parser (and a dependency) would buy nothing. Returns null when the body is malformed.
 */
export function parseMultipart(body: Uint8Array, contentType: string): FormPart[] | null {
  const boundary = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  const token = boundary?.[1] ?? boundary?.[2];
  if (token === undefined) return null;
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const delimiter = Buffer.from(`--${token}`);
  const parts: FormPart[] = [];
  let position = buffer.indexOf(delimiter);
  if (position === -1) return null;
  for (;;) {
    position += delimiter.byteLength;
    if (buffer.subarray(position, position + 2).toString() === '--') return parts;
    position = skipLineBreak(buffer, position);
    const headerEnd = buffer.indexOf('\r\n\r\n', position);
    const next = buffer.indexOf(delimiter, position);
    if (headerEnd === -1 || next === -1 || headerEnd > next) return null;
    const headers = parseHeaders(buffer.subarray(position, headerEnd).toString('utf8'));
    const disposition = headers.get('content-disposition') ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) return null;
    // The part's data ends before the CRLF that precedes the next delimiter.
    const dataEnd = buffer[next - 2] === 0x0d && buffer[next - 1] === 0x0a ? next - 2 : next;
    parts.push({
      name,
      filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1] ?? null,
      contentType: headers.get('content-type') ?? null,
      data: buffer.subarray(headerEnd + 4, dataEnd),
    });
    position = next;
  }
}

function skipLineBreak(buffer: Buffer, position: number): number {
  return buffer[position] === 0x0d && buffer[position + 1] === 0x0a ? position + 2 : position;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}
