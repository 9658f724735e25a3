/**
 * Every error a client can see is built from a stable code, here or (for upstream failures) in
 * ./upstreamErrors.ts, which maps each `UpstreamFailure` by kind and status — never by message
 * text. Resolvers never construct errors themselves. Messages name what failed and what to do, and
 * never contain credentials or request headers.
 */
import { GraphQLError } from 'graphql';

/** The `extensions.code` values this gateway emits; every message behind them is written for clients. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CONVERSATION_CLOSED',
  'CONTACT_ALREADY_IN_CONVERSATION',
  'RATE_LIMITED',
  'UPSTREAM_ERROR',
  'UPSTREAM_TIMEOUT',
  'UPSTREAM_UNAVAILABLE',
  'UPSTREAM_OUTCOME_UNKNOWN',
  'QUERY_TOO_COSTLY',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'QUERY_NOT_IN_SAFELIST',
  'BAD_REQUEST',
  'PAYLOAD_TOO_LARGE',
  'ROUTE_NOT_FOUND',
  'MEDIA_LINK_INVALID',
  'MEDIA_LINK_EXPIRED',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A client-facing error with its stable code. */
export function error(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Invalid arguments or input, detected by the gateway or reported by Bird (400/422). */
export function badUserInput(message: string, details?: unknown): GraphQLError {
  return error('BAD_USER_INPUT', message, details === undefined ? {} : { details });
}

/** An object named by a global id that is gone (for example a sender that is no longer last). */
export function notFound(message: string): GraphQLError {
  return error('NOT_FOUND', message);
}

/** No usable credentials on the request. Carries HTTP 401 when it rejects a whole request. */
export function unauthenticated(message: string): GraphQLError {
  return error('UNAUTHENTICATED', message, { http: { status: 401 } });
}

/** The operation's estimated upstream cost is above the configured ceiling. */
export function queryTooCostly(estimate: number, ceiling: number): GraphQLError {
  return error(
    'QUERY_TOO_COSTLY',
    `This operation could cost up to ${estimate} upstream calls; the limit is ${ceiling}. ` +
      'Ask for fewer items (smaller `first`) or fewer nested connections.',
    { cost: { estimate, ceiling }, http: { status: 400 } },
  );
}

/** A batched request whose operations together could cost more than the ceiling. */
export function batchTooCostly(total: number, ceiling: number): GraphQLError {
  return error(
    'QUERY_TOO_COSTLY',
    `The operations of this batch could cost up to ${total} upstream calls together; the limit ` +
      `for one request is ${ceiling}. Send fewer or smaller operations per request.`,
    { cost: { estimate: total, ceiling }, http: { status: 400 } },
  );
}

/** The operation's calls do not fit its workspace's rate budget now: refused whole, no call made. */
export function operationRateLimited(retryAfterMs: number): GraphQLError {
  return error(
    'RATE_LIMITED',
    "This workspace is near Bird's request rate limit: the operation's upstream calls would not " +
      'all fit in time, so it was refused as a whole before any call. Try again after retryAfterMs.',
    { retryAfterMs, http: { status: 429 } },
  );
}

// --- requests refused by the HTTP layer, before any GraphQL work --------------------------------

/** A request the gateway cannot read: malformed JSON, an unsupported content type, ... */
export function badRequest(message: string, status = 400): GraphQLError {
  return error('BAD_REQUEST', message, { http: { status } });
}

/** A subscription sent as an ordinary request, which can carry one answer and no events. */
export function subscriptionNeedsStream(): GraphQLError {
  return badRequest(
    'Subscriptions need a streaming transport: graphql-ws (subprotocol graphql-transport-ws) on ' +
      'ws(s)://<host>/graphql, graphql-sse at /graphql/stream, or POST /graphql with ' +
      '`Accept: multipart/mixed;subscriptionSpec="1.0"`.',
  );
}

/** A request body over the configured size limit. */
export function payloadTooLarge(limit: number): GraphQLError {
  return error('PAYLOAD_TOO_LARGE', `Request body too large: the limit is ${limit} bytes.`, {
    http: { status: 413 },
  });
}

/** A batched request (a JSON array) with more operations than allowed, or any when batching is off. */
export function batchTooLarge(size: number, max: number): GraphQLError {
  return badRequest(
    max === 0
      ? 'Batched requests (a JSON array of operations) are not accepted: send one operation per request.'
      : `A batched request may carry at most ${max} operations; this one has ${size}.`,
  );
}

/** Trusted-documents mode: the persisted operation id is not in the manifest. */
export function persistedQueryNotInList(id: string): GraphQLError {
  return error(
    'PERSISTED_QUERY_NOT_IN_LIST',
    `No trusted operation has the id "${id.slice(0, 80)}": only the operations of this gateway's manifest run.`,
    { http: { status: 400 } },
  );
}

/** Trusted-documents mode: a free-form query that is not one of the manifest's operations. */
export function queryNotInSafelist(): GraphQLError {
  return error(
    'QUERY_NOT_IN_SAFELIST',
    'This gateway runs trusted operations only: send the id of an operation of its manifest ' +
      '(`documentId`, or `extensions.persistedQuery.sha256Hash`) instead of a query.',
    { http: { status: 400 } },
  );
}

/** Persisted operations are switched off (PERSISTED_OPERATIONS=off). */
export function persistedQueriesNotSupported(): GraphQLError {
  return error(
    'PERSISTED_QUERY_NOT_SUPPORTED',
    'This gateway does not accept persisted operations: send the query text.',
    { http: { status: 400 } },
  );
}

/** An HTTP path the gateway does not serve (NOT_FOUND keeps meaning "no such id"). */
export function routeNotFound(): GraphQLError {
  return error('ROUTE_NOT_FOUND', 'Not found. The GraphQL endpoint is /graphql.', {
    http: { status: 404 },
  });
}

// --- gateway media links (GET /media/<token>, see src/http/media.ts) ------------------------------

/** A media link the gateway did not make, or one that was changed. */
export function mediaLinkInvalid(): GraphQLError {
  return error(
    'MEDIA_LINK_INVALID',
    'This media link is not valid: use a `mediaUrl` exactly as the gateway returned it.',
    { http: { status: 403 } },
  );
}

/** A media link past its lifetime, or whose credential this instance no longer holds. */
export function mediaLinkExpired(): GraphQLError {
  return error(
    'MEDIA_LINK_EXPIRED',
    'This media link has expired: query the message again for a fresh `mediaUrl`.',
    { http: { status: 410 } },
  );
}

/** Bird refused or failed to serve the media behind a valid link. */
export function mediaUpstreamError(status: number | null): GraphQLError {
  if (status === 404)
    return error('NOT_FOUND', 'Bird has no media at this link (yet).', { http: { status: 404 } });
  if (status === 401 || status === 403)
    return error('FORBIDDEN', 'Bird refused the media to this credential.', {
      upstream: { status },
      http: { status: 403 },
    });
  return error('UPSTREAM_ERROR', 'Bird did not serve the media. Try again shortly.', {
    ...(status === null ? {} : { upstream: { status } }),
    http: { status: 502 },
  });
}

/** Anything unexpected, with nothing of its cause. */
export function internalError(): GraphQLError {
  return error('INTERNAL_SERVER_ERROR', 'Internal server error', { http: { status: 500 } });
}
