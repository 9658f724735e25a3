/**
 * Weak entity tags for GraphQL answers and `If-None-Match` matching.
 *
 * The tag is a hash of the uncompressed body, so it names the JSON a client holds, whatever coding
 * carried it (hence weak: the bytes on the wire differ between gzip, brotli and identity). The
 * workspace the operation ran in is hashed in too: the same JSON in two workspaces gets two tags, so
 * a tag never tells one tenant anything about another's answers. A 304 is only ever decided after
 * the operation ran with the caller's own credentials; the tag saves bytes, never work or checks.
 */
import { createHash } from 'node:crypto';

/** The weak ETag of `body` as answered in `workspace`. */
export function weakETag(workspace: string, body: Buffer): string {
  const digest = createHash('sha256')
    .update(`${Buffer.byteLength(workspace)}:${workspace}`)
    .update(body)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
  return `W/"${digest}"`;
}

/**
 * True when an `If-None-Match` header lists `etag` (weak comparison, RFC 9110 §8.8.3.2: `W/` is
 * ignored on both sides) or is `*`.
 */
export function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const wanted = opaque(etag);
  for (const part of header.split(',')) {
    const tag = part.trim();
    if (tag === '*' || opaque(tag) === wanted) return true;
  }
  return false;
}

function opaque(tag: string): string {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
