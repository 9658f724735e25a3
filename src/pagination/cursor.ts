/**
 * Signed, opaque cursors.
 *
 * A cursor names a position in an upstream collection: the page token of the upstream page that
 * holds the edge, the page size it was fetched with, the offset just after the edge inside that
 * page, and the edge's id. Any edge's cursor therefore works as `after`, not only `endCursor`.
 * The page size is part of the position because Bird's tokens say nothing about how a page is cut:
 * the same token with another limit could start or end elsewhere. The id ("anchor") makes a cursor
 * on the first page survive new items arriving at the top; the offset is the fallback when the
 * anchor has gone.
 *
 * Cursors are signed (HMAC-SHA256, truncated to 128 bits) over the collection's scope — workspace
 * and collection — so a forged, altered or transplanted cursor is rejected before any upstream call,
 * and they stay valid across restarts and instances that share the secret.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { badUserInput } from '../graphql/errors.js';

const MAX_CURSOR_LENGTH = 12_000;
const MAC_BYTES = 16;

/** A position in an upstream collection. */
export interface CursorPosition {
  /** Page token of the upstream page to fetch; null for the first page. */
  readonly pageToken: string | null;
  /** Limit the page must be fetched with for `offset` to mean the same items; 0 = any. */
  readonly limit: number;
  /** Index, in that page, of the first item after the cursor. */
  readonly offset: number;
  /** Id of the item the cursor points after, or null at a page start. */
  readonly anchor: string | null;
}

/** Signs and verifies cursors with the configured secret. */
export class CursorCodec {
  private readonly secret: Buffer;

  constructor(secret: string) {
    this.secret = Buffer.from(secret, 'utf8');
  }

  encode(scope: string, position: CursorPosition): string {
    const payload = Buffer.from(
      JSON.stringify([position.pageToken, position.limit, position.offset, position.anchor]),
    ).toString('base64url');
    return `${payload}.${this.mac(scope, payload).toString('base64url')}`;
  }

  /** Verifies and decodes a cursor; throws BAD_USER_INPUT for anything not signed for `scope`. */
  decode(scope: string, cursor: string): CursorPosition {
    const invalid = () =>
      badUserInput(
        'The `after` cursor is not valid here: pass a cursor this gateway returned for the same list, unchanged.',
      );
    if (cursor.length > MAX_CURSOR_LENGTH) throw invalid();
    const dot = cursor.indexOf('.');
    if (dot <= 0) throw invalid();
    const payload = cursor.slice(0, dot);
    // Compared as text, not decoded bytes: base64 ignores trailing bits, so decoding would let
    // altered spellings of the same signature through.
    const given = Buffer.from(cursor.slice(dot + 1));
    const expected = Buffer.from(this.mac(scope, payload).toString('base64url'));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid();
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw invalid();
    }
    if (!Array.isArray(decoded) || decoded.length !== 4) throw invalid();
    const parts: readonly unknown[] = decoded;
    const [pageToken, limit, offset, anchor] = parts;
    if (
      (pageToken !== null && typeof pageToken !== 'string') ||
      typeof limit !== 'number' ||
      typeof offset !== 'number' ||
      (anchor !== null && typeof anchor !== 'string')
    ) {
      throw invalid();
    }
    return { pageToken, limit, offset, anchor };
  }

  private mac(scope: string, payload: string): Buffer {
    return createHmac('sha256', this.secret)
      .update(scope)
      .update('\n')
      .update(payload)
      .digest()
      .subarray(0, MAC_BYTES);
  }
}
