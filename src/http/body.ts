/**
 * Reading request bodies with a size limit. The limit is checked against Content-Length before any
 * byte is read and again while streaming, so an oversized body never sits in memory.
 */
import type { IncomingMessage } from 'node:http';

export class BodyTooLarge extends Error {
  override readonly name = 'BodyTooLarge';
}

/** The client closed the connection (or was cut off) before its body arrived. */
export class ClientGone extends Error {
  override readonly name = 'ClientGone';
}

/**
 * Reads the whole body as UTF-8, rejecting with `BodyTooLarge` past `limit` bytes and with
 * `ClientGone` when the request is aborted.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return (await readRawBody(req, limit)).toString('utf8');
}

/** Reads the whole body as bytes (signatures cover them exactly), rejecting past `limit` bytes. */
export function readRawBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    req.resume();
    return Promise.reject(new BodyTooLarge(`body of ${declared} bytes exceeds ${limit}`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge(`body exceeds ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      reject(new ClientGone('the request was aborted', { cause: err }));
    });
  });
}
