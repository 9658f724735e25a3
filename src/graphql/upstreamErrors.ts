/**
 * The one mapping from upstream failures to client-facing errors. The upstream layer reports an
 * `UpstreamFailure` (kind, status, Bird's error body, undici's error code) and knows nothing of
 * GraphQL; the context factory hands `toGraphQLError` to each operation's Bird client, which calls
 * it for every failure. Failures are mapped by kind and status, never by message text, and the
 * request's credentials are scrubbed from anything Bird sent back.
 */
import type { GraphQLError } from 'graphql';
import type { FailureContext, FailureKind, UpstreamFailure } from '../upstream/failure.js';
import { badUserInput, error, unauthenticated, type ErrorCode } from './errors.js';
import { conversationGlobalId } from '../ids/objectIds.js';

/** Client-facing codes of Bird's 4xx statuses; any other non-2xx status is UPSTREAM_ERROR. */
const STATUS_CODES: Readonly<Record<number, ErrorCode>> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  422: 'BAD_USER_INPUT',
  429: 'RATE_LIMITED',
};

/**
 * Bird error codes that name a state a client handles on its own, whatever status carries them:
 * Bird answers a message into a closed conversation with 422 but a participant added to one with 409
 * (bird-api.md §7), and both mean the same thing to a client.
 */
const BIRD_CODES: Readonly<Record<string, { code: ErrorCode; says: string }>> = {
  ConversationClosed: {
    code: 'CONVERSATION_CLOSED',
    says: 'The conversation is closed: reopen it (updateConversation with status ACTIVE) first.',
  },
  ContactAlreadyInConversation: {
    code: 'CONTACT_ALREADY_IN_CONVERSATION',
    says:
      'The contact already has an active conversation on this channel (`extensions.conversationId`, ' +
      'its global id in `extensions.conversationGlobalId`): ' +
      'continue that one (ifContactInConversation: CONTINUE), or close it first.',
  },
};

/** Failures after which a write may have reached Bird although no answer came back. */
const SILENT_KINDS: ReadonlySet<FailureKind> = new Set(['timeout', 'network', 'aborted']);

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

function statusError(failure: UpstreamFailure, secrets: readonly string[]): GraphQLError {
  const { init } = failure;
  const status = init.status ?? 502;
  const upstreamCode: unknown = init.body?.code;
  const known =
    status < 500 && typeof upstreamCode === 'string' ? BIRD_CODES[upstreamCode] : undefined;
  const code = known?.code ?? STATUS_CODES[status] ?? 'UPSTREAM_ERROR';
  // Bird's own code, scrubbed like any text it sent; a non-string code is passed on as it came.
  const upstream = {
    status,
    ...(upstreamCode === undefined
      ? {}
      : {
          code: typeof upstreamCode === 'string' ? scrubText(upstreamCode, secrets) : upstreamCode,
        }),
  };
  const details =
    code === 'BAD_USER_INPUT' && init.body?.details !== undefined
      ? { details: scrubJson(init.body.details, secrets) }
      : {};
  const described = describeStatus(failure, status, secrets);
  return error(code, known === undefined ? described : `${known.says} ${described}`, {
    upstream,
    ...details,
    ...conflictingConversation(init.body?.details),
    ...retryOf(failure),
  });
}

/**
 * The conversation a 409 points at (`details.conversationId`, a string in §7): a client that was
 * refused a new conversation can continue that one. Both ids are given: Bird's, and the global id
 * queries return (what `node(id:)` and a client's normalized cache know it by).
 */
function conflictingConversation(details: unknown): {
  conversationId?: string;
  conversationGlobalId?: string;
} {
  if (typeof details !== 'object' || details === null || !('conversationId' in details)) return {};
  const id: unknown = details.conversationId;
  if (typeof id !== 'string' || id === '') return {};
  try {
    return { conversationId: id, conversationGlobalId: conversationGlobalId(id) };
  } catch {
    // An id too long to encode (never seen from Bird) still names the conversation by itself.
    return { conversationId: id };
  }
}

function retryOf(failure: UpstreamFailure): { retryAfterMs?: number } {
  const ms = failure.init.retryAfterMs;
  return ms === undefined ? {} : { retryAfterMs: ms };
}

function causeOf(failure: UpstreamFailure): { cause?: string } {
  const code = failure.init.causeCode;
  return code === undefined ? {} : { cause: code };
}

/** A send whose outcome is unknown: the request may or may not have reached Bird. */
function outcomeUnknown(failure: UpstreamFailure, reference: string | null): GraphQLError {
  const { method, path } = failure.init;
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

type KindMapper = (failure: UpstreamFailure, secrets: readonly string[]) => GraphQLError;

/** The error for each failure kind (an unknown-outcome write is decided before this table). */
const BY_KIND: Readonly<Record<FailureKind, KindMapper>> = {
  status: statusError,
  timeout: (f) =>
    error('UPSTREAM_TIMEOUT', `Bird did not answer ${f.init.method} ${f.init.path} in time.`, {
      ...causeOf(f),
    }),
  network: (f) =>
    error(
      'UPSTREAM_ERROR',
      `The connection to Bird failed during ${f.init.method} ${f.init.path}.`,
      causeOf(f),
    ),
  'invalid-response': (f) =>
    error(
      'UPSTREAM_ERROR',
      `Bird's answer to ${f.init.method} ${f.init.path} could not be used: ${f.init.detail ?? 'it is not valid JSON'}.`,
      f.init.status === undefined ? {} : { upstream: { status: f.init.status } },
    ),
  'invalid-id': (f) =>
    badUserInput(`Nothing was sent to Bird: ${f.init.detail ?? 'an id is not a Bird id'}.`),
  'circuit-open': (f) =>
    error(
      'UPSTREAM_UNAVAILABLE',
      'Bird is failing; the gateway stopped calling it for a moment to let it recover. Try again shortly.',
      retryOf(f),
    ),
  'rate-limited': (f) =>
    error(
      'RATE_LIMITED',
      "This workspace is at Bird's request rate limit; the gateway refused the call instead of queueing it longer. Try again shortly.",
      retryOf(f),
    ),
  aborted: (f) =>
    error(
      'UPSTREAM_TIMEOUT',
      `The operation's deadline passed before ${f.init.method} ${f.init.path} finished.`,
    ),
  'no-credentials': () =>
    unauthenticated(
      'No credentials: send "Authorization: AccessKey <key>" with "X-Bird-Workspace-Id", or a gateway Bearer token.',
    ),
};

/**
 * Maps an upstream failure to the error a client sees: the one place upstream errors are mapped.
 * A write that may have reached Bird without an answer is reported as UPSTREAM_OUTCOME_UNKNOWN
 * (never as a plain failure: the client must check before repeating it). `context.secrets` (the
 * request's credentials) are scrubbed from anything Bird sent back.
 */
export function toGraphQLError(
  failure: UpstreamFailure,
  context: FailureContext = {},
): GraphQLError {
  const unknownOutcome =
    failure.init.method !== 'GET' &&
    failure.init.maybeSent === true &&
    SILENT_KINDS.has(failure.kind);
  if (unknownOutcome) return outcomeUnknown(failure, context.reference ?? null);
  return BY_KIND[failure.kind](failure, context.secrets ?? []);
}
