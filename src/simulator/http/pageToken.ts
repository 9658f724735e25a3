import { createHash } from 'node:crypto';
import type { Cursor } from '../store/sortedIndex.js';
import { HttpError, invalidQuery } from './httpError.js';

/** Bird's documented maximum `pageToken` length. */
const MAX_TOKEN_LENGTH = 8000;

/** The validated paging parameters of a list request. */
export interface PageParams {
  readonly limit: number;
  readonly reverse: boolean;
  readonly after: Cursor | null;
  /** Identifies the collection, filters and direction the token belongs to. */
  readonly scope: string;
}

/** Bird's token timestamp: RFC 3339 in UTC with nanoseconds. */
const TOKEN_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})(\d{6})Z$/;

/**
 * Reads `limit` (1..100, default 10), `reverse` and `pageToken`. The token has Bird's shape
 * (bird-api.md §7): standard base64, with `=` padding, of `["<createdAt with nanoseconds>","<id>"]`,
 * so a client that forgets to URL-encode it sends `+` as a space and gets 422.
 * The simulator's clock has millisecond resolution, so the six sub-millisecond digits carry a
 * checksum of the scope instead: a token that doesn't decode, or that was issued for another
 * collection, filter, direction or workspace, is refused with 422 InvalidPageToken (silently
 * returning an empty page would end a client's walk early without telling it).
 * @param scope the collection and filters, e.g. `workspaces/<id>/conversations`.
 */
export function readPageParams(query: Readonly<Record<string, string>>, scope: string): PageParams {
  const limit = readLimit(query.limit);
  const reverse = readBoolean('reverse', query.reverse);
  const fullScope = `${scope}:${reverse ? 'asc' : 'desc'}`;
  const token = query.pageToken;
  return {
    limit,
    reverse,
    scope: fullScope,
    after: token === undefined || token === '' ? null : decode(token, fullScope),
  };
}

/** The token continuing after `last`. */
export function encodePageToken(params: PageParams, last: Cursor): string {
  const time = `${new Date(last.createdAt).toISOString().slice(0, -1)}${scopeDigits(params.scope)}Z`;
  return Buffer.from(JSON.stringify([time, last.id])).toString('base64');
}

/** Six digits derived from the scope, so a token names the query it belongs to. */
function scopeDigits(scope: string): string {
  const n = createHash('sha256').update(scope).digest().readUInt32BE(0) % 1_000_000;
  return String(n).padStart(6, '0');
}

function readLimit(raw: string | undefined): number {
  if (raw === undefined) return 10;
  const limit = /^\d{1,3}$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= 100))
    throw invalidQuery('limit', 'Must be an integer between 1 and 100');
  return limit;
}

/** Reads an optional boolean query parameter (`true`/`false`). */
function readBoolean(name: string, raw: string | undefined): boolean {
  if (raw === undefined || raw === 'false') return false;
  if (raw === 'true') return true;
  throw invalidQuery(name, "Must be 'true' or 'false'");
}

function decode(token: string, scope: string): Cursor {
  let parsed: unknown = null;
  if (token.length <= MAX_TOKEN_LENGTH && /^[A-Za-z0-9+/]+={0,2}$/.test(token)) {
    try {
      parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8'));
    } catch {
      parsed = null;
    }
  }
  if (!Array.isArray(parsed) || parsed.length !== 2)
    throw invalidToken('The page token is malformed');
  const time: unknown = parsed[0];
  const id: unknown = parsed[1];
  const match = typeof time === 'string' ? TOKEN_TIME.exec(time) : null;
  const createdAt = match?.[1] === undefined ? NaN : Date.parse(`${match[1]}Z`);
  if (match === null || Number.isNaN(createdAt) || typeof id !== 'string') {
    throw invalidToken('The page token is malformed');
  }
  if (match[2] !== scopeDigits(scope))
    throw invalidToken('The page token belongs to a different query');
  return { createdAt, id };
}

function invalidToken(message: string): HttpError {
  return new HttpError(422, 'InvalidPageToken', message, { '.pageToken': [message] });
}
