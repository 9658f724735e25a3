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

/**
 * Reads `limit` (1..100, default 10), `reverse` and `pageToken`. The token is standard base64 (with
 * `+`, `/` and `=` padding, as Bird's are: bird-api.md §7) of a JSON array `[scope, createdAt, id]`,
 * so a client that forgets to URL-encode it sends `+` as a space and gets 422.
 * A token that doesn't decode, or that was issued for another collection, filter or direction, is
 * refused with 422 InvalidPageToken: silently returning an empty page would end a client's walk
 * early without telling it.
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
  return Buffer.from(JSON.stringify([params.scope, last.createdAt, last.id])).toString('base64');
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
  if (!Array.isArray(parsed) || parsed.length !== 3)
    throw invalidToken('The page token is malformed');
  const tokenScope: unknown = parsed[0];
  const createdAt: unknown = parsed[1];
  const id: unknown = parsed[2];
  if (typeof createdAt !== 'number' || typeof id !== 'string' || typeof tokenScope !== 'string') {
    throw invalidToken('The page token is malformed');
  }
  if (tokenScope !== scope) throw invalidToken('The page token belongs to a different query');
  return { createdAt, id };
}

function invalidToken(message: string): HttpError {
  return new HttpError(422, 'InvalidPageToken', message, { '.pageToken': [message] });
}
