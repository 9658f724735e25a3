/**
 * Every error a client can see is built here, from a stable code. Upstream failures arrive as
 * `UpstreamFailure` values (status, undici error code, timeout, ...) and are mapped by code, never
 * by message text; resolvers never construct errors themselves. Messages name what failed and what
 * to do, and never contain credentials or request headers.
 */
import { GraphQLError } from 'graphql';
import type { BirdErrorBody } from '../upstream/types.js';

/** The `extensions.code` values this gateway emits; every message behind them is written for clients. */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
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
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** How an upstream call failed, before it is mapped to a client-facing error. */
export type FailureKind =
  /** Bird answered with a non-2xx status. */
  | 'status'
  /** No complete answer in time (connect, headers, body or the operation deadline). */
  | 'timeout'
  /** The connection failed or was reset. */
  | 'network'
  /** The answer was not the JSON Bird sends. */
  | 'invalid-response'
  /** The gateway's circuit breaker for the upstream is open. */
  | 'circuit-open'
  /** The gateway's own per-workspace rate shaper refused the call. */
  | 'rate-limited'
  /** The operation was cancelled (client went away, deadline passed before sending). */
  | 'aborted';

export interface UpstreamFailureInit {
  method: string;
  /** Path below `/workspaces/{id}`, for messages; never includes credentials. */
  path: string;
  status?: number;
  body?: BirdErrorBody | null;
  /** Wait the upstream (or the shaper) asked for, in milliseconds. */
  retryAfterMs?: number;
  /** True when the request may have reached Bird (bytes were written before the failure). */
  maybeSent?: boolean;
  /** undici / Node error code of the cause, e.g. `UND_ERR_HEADERS_TIMEOUT`, `ECONNRESET`. */
  causeCode?: string;
  cause?: unknown;
}

/** A failed upstream call, as the transport reports it. Mapped to a GraphQLError by `toGraphQLError`. */
export class UpstreamFailure extends Error {
  override readonly name = 'UpstreamFailure';
  readonly kind: FailureKind;
  readonly init: UpstreamFailureInit;

  constructor(kind: FailureKind, init: UpstreamFailureInit) {
    super(`${kind} on ${init.method} ${init.path}`, { cause: init.cause });
    this.kind = kind;
    this.init = init;
  }

  get status(): number | undefined {
    return this.init.status;
  }
}

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

/** Invalid arguments or input, detected by the gateway or reported by Bird (400/422). */
export function badUserInput(message: string, details?: unknown): GraphQLError {
  return error('BAD_USER_INPUT', message, details === undefined ? {} : { details });
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

/** A send whose outcome is unknown: the request may or may not have reached Bird. */
export function outcomeUnknown(
  method: string,
  path: string,
  reference: string | null,
): GraphQLError {
  return error(
    'UPSTREAM_OUTCOME_UNKNOWN',
    `The gateway sent ${method} ${path} to Bird but got no answer, so it cannot tell whether it ` +
      'took effect. It was not retried. ' +
      (reference === null
        ? 'Check the conversation before trying again.'
        : `Look for a message with reference "${reference}" before sending again.`),
    reference === null ? {} : { reference },
  );
}

// --- requests refused by the HTTP layer, before any GraphQL work --------------------------------

/** A request the gateway cannot read: malformed JSON, an unsupported content type, ... */
export function badRequest(message: string, status = 400): GraphQLError {
  return error('BAD_REQUEST', message, { http: { status } });
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

/** Anything unexpected, with nothing of its cause. */
export function internalError(): GraphQLError {
  return error('INTERNAL_SERVER_ERROR', 'Internal server error', { http: { status: 500 } });
}

const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

/** Replaces every occurrence of a secret in text Bird sent back (it may echo the request). */
function scrubText(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const secret of secrets)
    if (secret.length >= 6) clean = clean.split(secret).join('[redacted]');
  return clean;
}

function scrubJson(value: unknown, secrets: readonly string[]): unknown {
  if (typeof value === 'string') return scrubText(value, secrets);
  if (Array.isArray(value)) return value.map((v: unknown) => scrubJson(v, secrets));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [scrubText(k, secrets), scrubJson(v, secrets)]),
    );
  }
  return value;
}

function describeStatus(
  failure: UpstreamFailure,
  status: number,
  secrets: readonly string[],
): string {
  const { method, path, body } = failure.init;
  const birdCode = typeof body?.code === 'string' ? ` (${scrubText(body.code, secrets)})` : '';
  // Bird's 4xx messages describe the request ("Property 'name' is missing"); 5xx bodies are
  // internal to Bird and not passed on.
  const birdMessage =
    status < 500 && typeof body?.message === 'string' && body.message !== ''
      ? `: ${scrubText(body.message, secrets)}`
      : '';
  return `Bird answered ${status}${birdCode} to ${method} ${path}${birdMessage}`;
}

/**
 * Maps an upstream failure to the error a client sees. The one place upstream errors are mapped.
 * `secrets` (the request's credentials) are scrubbed from anything Bird sent back.
 */
export function toGraphQLError(
  failure: UpstreamFailure,
  secrets: readonly string[] = [],
): GraphQLError {
  const { init } = failure;
  const retry = init.retryAfterMs === undefined ? {} : { retryAfterMs: init.retryAfterMs };
  switch (failure.kind) {
    case 'status': {
      const status = init.status ?? 502;
      const code = STATUS_CODES[status] ?? 'UPSTREAM_ERROR';
      const upstream = {
        status,
        ...(init.body?.code === undefined ? {} : { code: init.body.code }),
      };
      const details =
        code === 'BAD_USER_INPUT' && init.body?.details !== undefined
          ? { details: scrubJson(init.body.details, secrets) }
          : {};
      const upstreamCode = init.body?.code;
      return error(code, describeStatus(failure, status, secrets), {
        upstream:
          typeof upstreamCode === 'string'
            ? { ...upstream, code: scrubText(upstreamCode, secrets) }
            : upstream,
        ...details,
        ...retry,
      });
    }
    case 'timeout':
      return error('UPSTREAM_TIMEOUT', `Bird did not answer ${init.method} ${init.path} in time.`, {
        ...(init.causeCode === undefined ? {} : { cause: init.causeCode }),
      });
    case 'network':
      return error(
        'UPSTREAM_ERROR',
        `The connection to Bird failed during ${init.method} ${init.path}.`,
        init.causeCode === undefined ? {} : { cause: init.causeCode },
      );
    case 'invalid-response':
      return error(
        'UPSTREAM_ERROR',
        `Bird's answer to ${init.method} ${init.path} was not valid JSON.`,
        init.status === undefined ? {} : { upstream: { status: init.status } },
      );
    case 'circuit-open':
      return error(
        'UPSTREAM_UNAVAILABLE',
        'Bird is failing; the gateway stopped calling it for a moment to let it recover. Try again shortly.',
        retry,
      );
    case 'rate-limited':
      return error(
        'RATE_LIMITED',
        "This workspace is at Bird's request rate limit; the gateway refused the call instead of queueing it longer. Try again shortly.",
        retry,
      );
    case 'aborted':
      return error(
        'UPSTREAM_TIMEOUT',
        `The operation's deadline passed before ${init.method} ${init.path} finished.`,
      );
  }
}
