/**
 * How an upstream call failed, as the upstream layer reports it: a kind, and what is known about
 * the call (status, Bird's error body, the undici error code, whether bytes may have reached Bird).
 * Nothing here knows about GraphQL; src/graphql/upstreamErrors.ts maps a failure, by kind and
 * status, to the error a client sees.
 */
import type { BirdErrorBody } from './types.js';

/** How an upstream call failed, before it is mapped to a client-facing error. */
export type FailureKind =
  /** Bird answered with a non-2xx status. */
  | 'status'
  /** No complete answer in time (connect, headers, body or the operation deadline). */
  | 'timeout'
  /** The connection failed or was reset. */
  | 'network'
  /** The answer was not usable: not JSON, over the size limit, or not the shape Bird sends. */
  | 'invalid-response'
  /** An id the caller gave cannot be a Bird id (empty, `.`, `..`, other characters): not sent. */
  | 'invalid-id'
  /** The gateway's circuit breaker for the upstream is open. */
  | 'circuit-open'
  /** The gateway's own per-workspace rate shaper refused the call. */
  | 'rate-limited'
  /** The operation was cancelled (client went away, deadline passed before sending). */
  | 'aborted'
  /** The request carried no usable credentials, so no call was made. */
  | 'no-credentials';

/** Every failure kind, for exhaustive tables and tests. */
export const FAILURE_KINDS: readonly FailureKind[] = [
  'status',
  'timeout',
  'network',
  'invalid-response',
  'invalid-id',
  'circuit-open',
  'rate-limited',
  'aborted',
  'no-credentials',
];

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
  /** What was wrong, in the gateway's own words (never text Bird sent): safe to show a client. */
  detail?: string;
  /** undici / Node error code of the cause, e.g. `UND_ERR_HEADERS_TIMEOUT`, `ECONNRESET`. */
  causeCode?: string;
  cause?: unknown;
}

/** A failed upstream call, as the transport reports it. */
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

/** What the caller knows about a failed call beyond the failure itself. */
export interface FailureContext {
  /** Credentials of the request, to scrub from anything Bird sent back. */
  readonly secrets?: readonly string[];
  /** For sends: the message reference a client can look for when the outcome is unknown. */
  readonly reference?: string | null;
}

/** Turns a failure into the error the caller throws (the GraphQL layer supplies one). */
export type FailureMapper = (failure: UpstreamFailure, context: FailureContext) => Error;
