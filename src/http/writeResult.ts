/**
 * Writes Apollo's answer to `/graphql`: caching headers no shared cache can misuse, a weak `ETag`
 * on query answers with `304 Not Modified` for a matching `If-None-Match`, and the body compressed
 * by `Accept-Encoding` above a size threshold.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HTTPGraphQLResponse } from '@apollo/server';
import type { CompressionConfig } from '../config/index.js';
import { ELIGIBLE_PREFIX, REVALIDATE_HEADER } from '../graphql/plugins/revalidation.js';
import { compress, negotiateEncoding } from './compression.js';
import { ifNoneMatch, weakETag } from './etag.js';

/** Sets `Cache-Control` and `Vary`: only what the cache-control plugin marked public is shareable. */
function setCaching(
  req: IncomingMessage,
  res: ServerResponse,
  result: HTTPGraphQLResponse,
  compression: CompressionConfig,
): void {
  const vary: string[] = [];
  // A request with credentials already has `private, no-store` (set before Apollo ran).
  if (req.headers.authorization === undefined) {
    const marked = result.headers.get('cache-control');
    if (marked?.startsWith('public') === true) {
      res.setHeader('cache-control', marked);
      vary.push(result.headers.get('vary') ?? 'Authorization');
    } else {
      res.setHeader('cache-control', 'no-store');
    }
  }
  // Set whether or not this answer was compressed: the next one at this URL may be.
  if (compression.enabled) vary.push('Accept-Encoding');
  if (vary.length > 0) res.setHeader('vary', vary.join(', '));
}

/** Writes a whole body, compressed when it is large enough and the client accepts a coding. */
async function sendBody(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  compression: CompressionConfig,
): Promise<void> {
  const encoding =
    compression.enabled && body.length >= compression.minBytes
      ? negotiateEncoding(req.headers['accept-encoding'])
      : null;
  const sent = encoding === null ? body : await compress(body, encoding);
  if (encoding !== null) res.setHeader('content-encoding', encoding);
  // A known length avoids chunked encoding, so headers and body leave in one socket write
  // instead of a writev of four pieces (writev was the top entry of the CPU profile).
  res.setHeader('content-length', sent.length);
  res.end(sent);
}

/** Writes Apollo's answer for `req`. */
export async function writeResult(
  req: IncomingMessage,
  res: ServerResponse,
  result: HTTPGraphQLResponse,
  compression: CompressionConfig,
): Promise<void> {
  for (const [key, value] of result.headers) {
    if (key !== 'cache-control' && key !== 'vary' && key !== REVALIDATE_HEADER) {
      res.setHeader(key, value);
    }
  }
  setCaching(req, res, result, compression);
  res.statusCode = result.status ?? 200;
  if (result.body.kind !== 'complete') {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
    return;
  }
  const body = Buffer.from(result.body.string);
  const marker = result.headers.get(REVALIDATE_HEADER);
  if (res.statusCode === 200 && marker?.startsWith(ELIGIBLE_PREFIX) === true) {
    const etag = weakETag(marker.slice(ELIGIBLE_PREFIX.length), body);
    res.setHeader('etag', etag);
    // Also for POST (GraphQL queries are safe): RFC 9110 would answer 412 to a non-GET.
    if (ifNoneMatch(req.headers['if-none-match'], etag)) {
      // A 304 carries what a 200 would for caches (ETag, Cache-Control, Vary), not the body's type.
      res.statusCode = 304;
      res.removeHeader('content-type');
      res.end();
      return;
    }
  }
  await sendBody(req, res, body, compression);
}
