/**
 * Response compression by `Accept-Encoding` (node:zlib): brotli or gzip, for bodies of at least a
 * configured size. Settings favour latency over the last few percent: brotli at quality 4 and gzip
 * at level 6 each cost well under a millisecond on a 30 KB inbox answer (bench/compression.ts) and
 * run on libuv's thread pool, off the event loop.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** A content coding the gateway can produce. */
export type Encoding = 'br' | 'gzip';

/** Brotli's quality 4: about gzip's speed, a smaller result; 11 (the default) is ~50 times slower. */
export const BROTLI_QUALITY = 4;
/** zlib's default; its cost is flat on bodies this small. */
export const GZIP_LEVEL = 6;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Preference when a client accepts both with the same weight: brotli is smaller at equal speed. */
const PREFERENCE: readonly Encoding[] = ['br', 'gzip'];

/**
 * The coding to use for a client's `Accept-Encoding`, or null for the identity (no header, nothing
 * acceptable, or only codings the gateway does not produce). The highest `q` wins, brotli on a tie;
 * `q=0` refuses a coding; `*` stands for every coding not named. `x-gzip` counts as gzip.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (acceptEncoding === undefined || acceptEncoding === '') return null;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (name === '') continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*([01](?:\.\d{0,3})?)$/.exec(param);
      if (match?.[1] !== undefined) q = Math.min(1, Number(match[1]));
    }
    weights.set(name === 'x-gzip' ? 'gzip' : name, q);
  }
  const wildcard = weights.get('*') ?? 0;
  let best: Encoding | null = null;
  let bestQ = 0;
  for (const encoding of PREFERENCE) {
    const q = weights.get(encoding) ?? wildcard;
    if (q > bestQ) {
      best = encoding;
      bestQ = q;
    }
  }
  return best;
}

/** Compresses a whole body with the gateway's settings for `encoding`. */
export function compress(body: Buffer, encoding: Encoding): Promise<Buffer> {
  if (encoding === 'gzip') return gzipAsync(body, { level: GZIP_LEVEL });
  return brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}
