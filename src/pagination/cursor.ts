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
 * The position is packed into bytes once (Bird's tokens and UUIDs as binary, see ./bytes.ts and
 * ./birdPageToken.ts), followed by an HMAC-SHA256 truncated to 96 bits over the collection's scope
 * (workspace and collection) and those bytes, and the whole is base64url: a page-boundary cursor is
 * about 55 characters. A forged, altered or transplanted cursor is rejected before any upstream
 * call, and cursors stay valid across restarts and instances that share the secret.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { badUserInput } from '../graphql/errors.js';
import { birdToken, readPackedToken, unpackBirdToken, writePackedToken } from './birdPageToken.js';
import { ByteReader, ByteWriter } from './bytes.js';

const MAX_CURSOR_LENGTH = 12_000;
/** 96 bits: forging needs 2^96 tries online, each a request; shorter cursors matter to clients. */
const MAC_BYTES = 12;
const VERSION = 1;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** How the page token is stored (flag bits 0-1). */
const TOKEN_NONE = 0;
const TOKEN_BIRD = 1;
const TOKEN_TEXT = 2;
/** The position has an anchor (flag bit 2); bits 4-7 hold a Bird token's fraction digits. */
const HAS_ANCHOR = 0b100;

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

  /** The signed cursor for `position` in the collection `scope`. */
  encode(scope: string, position: CursorPosition): string {
    const payload = pack(position);
    return Buffer.concat([payload, this.mac(scope, payload)]).toString('base64url');
  }

  /** Verifies and decodes a cursor; throws BAD_USER_INPUT for anything not signed for `scope`. */
  decode(scope: string, cursor: string): CursorPosition {
    const invalid = () =>
      badUserInput(
        'The `after` cursor is not valid here: pass a cursor this gateway returned for the same list, unchanged.',
      );
    if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw invalid();
    const bytes = Buffer.from(cursor, 'base64url');
    // base64 ignores a last character's spare bits: only the canonical spelling is accepted.
    if (bytes.length <= MAC_BYTES || bytes.toString('base64url') !== cursor) throw invalid();
    const payload = bytes.subarray(0, bytes.length - MAC_BYTES);
    const given = bytes.subarray(bytes.length - MAC_BYTES);
    if (!timingSafeEqual(given, this.mac(scope, payload))) throw invalid();
    try {
      return unpack(payload);
    } catch {
      // Signed by this secret but unreadable: only a secret shared with another format does this.
      throw invalid();
    }
  }

  private mac(scope: string, payload: Buffer): Buffer {
    // The scope's length goes first, so no scope/payload pair can be read as another.
    return createHmac('sha256', this.secret)
      .update(`${Buffer.byteLength(scope)}:${scope}`)
      .update(payload)
      .digest()
      .subarray(0, MAC_BYTES);
  }
}

function pack(position: CursorPosition): Buffer {
  const packed = position.pageToken === null ? null : unpackBirdToken(position.pageToken);
  const tokenKind =
    position.pageToken === null ? TOKEN_NONE : packed === null ? TOKEN_TEXT : TOKEN_BIRD;
  const flags =
    tokenKind | (position.anchor === null ? 0 : HAS_ANCHOR) | ((packed?.digits ?? 0) << 4);
  const writer = new ByteWriter().byte(VERSION).byte(flags);
  writer.varint(position.limit).varint(position.offset);
  if (packed !== null) writePackedToken(writer, packed);
  else if (position.pageToken !== null) writer.text(position.pageToken);
  if (position.anchor !== null) writer.id(position.anchor);
  return writer.toBuffer();
}

function unpack(payload: Buffer): CursorPosition {
  const reader = new ByteReader(payload);
  if (reader.byte() !== VERSION) throw new Error('unknown cursor version');
  const flags = reader.byte();
  if ((flags & 0b1000) !== 0) throw new Error('unknown flag');
  const limit = reader.varint();
  const offset = reader.varint();
  const tokenKind = flags & 0b11;
  let pageToken: string | null = null;
  if (tokenKind === TOKEN_BIRD) pageToken = birdToken(readPackedToken(reader, flags >> 4));
  else if (tokenKind === TOKEN_TEXT) pageToken = reader.text();
  else if (tokenKind !== TOKEN_NONE) throw new Error('unknown token kind');
  const anchor = (flags & HAS_ANCHOR) === 0 ? null : reader.id();
  if (!reader.done) throw new Error('trailing bytes');
  return { pageToken, limit, offset, anchor };
}
