import { describe, expect, it } from 'vitest';
import { toGraphQLError } from '../../src/graphql/upstreamErrors.js';
import { conversationGlobalId } from '../../src/ids/objectIds.js';
import {
  FAILURE_KINDS,
  UpstreamFailure,
  type FailureKind,
  type UpstreamFailureInit,
} from '../../src/upstream/failure.js';

const failure = (kind: FailureKind, init: Partial<UpstreamFailureInit> = {}) =>
  new UpstreamFailure(kind, { method: 'GET', path: '/conversations/c1', ...init });

interface KindCase {
  readonly kind: FailureKind;
  readonly init: Partial<UpstreamFailureInit>;
  readonly code: string;
  readonly extensions: Record<string, unknown>;
}

/** One row per failure kind: what a read that failed this way shows the client. */
const BY_KIND: readonly KindCase[] = [
  {
    kind: 'status',
    init: { status: 404, body: { code: 'NotFound', message: 'no such conversation' } },
    code: 'NOT_FOUND',
    extensions: { upstream: { status: 404, code: 'NotFound' } },
  },
  {
    kind: 'timeout',
    init: { causeCode: 'UND_ERR_HEADERS_TIMEOUT', maybeSent: true },
    code: 'UPSTREAM_TIMEOUT',
    extensions: { cause: 'UND_ERR_HEADERS_TIMEOUT' },
  },
  {
    kind: 'network',
    init: { causeCode: 'ECONNRESET', maybeSent: true },
    code: 'UPSTREAM_ERROR',
    extensions: { cause: 'ECONNRESET' },
  },
  {
    kind: 'invalid-response',
    init: { status: 200, maybeSent: true },
    code: 'UPSTREAM_ERROR',
    extensions: { upstream: { status: 200 } },
  },
  {
    kind: 'invalid-id',
    init: { detail: '".." is not a Bird id' },
    code: 'BAD_USER_INPUT',
    extensions: {},
  },
  {
    kind: 'circuit-open',
    init: { retryAfterMs: 1_500 },
    code: 'UPSTREAM_UNAVAILABLE',
    extensions: { retryAfterMs: 1_500 },
  },
  {
    kind: 'rate-limited',
    init: { retryAfterMs: 700 },
    code: 'RATE_LIMITED',
    extensions: { retryAfterMs: 700 },
  },
  { kind: 'aborted', init: { maybeSent: true }, code: 'UPSTREAM_TIMEOUT', extensions: {} },
  {
    kind: 'no-credentials',
    init: {},
    code: 'UNAUTHENTICATED',
    extensions: { http: { status: 401 } },
  },
];

/** Bird's statuses and the code each becomes. */
const BY_STATUS: readonly (readonly [number, string])[] = [
  [400, 'BAD_USER_INPUT'],
  [401, 'UNAUTHENTICATED'],
  [403, 'FORBIDDEN'],
  [404, 'NOT_FOUND'],
  [409, 'CONFLICT'],
  [422, 'BAD_USER_INPUT'],
  [429, 'RATE_LIMITED'],
  [418, 'UPSTREAM_ERROR'],
  [500, 'UPSTREAM_ERROR'],
  [502, 'UPSTREAM_ERROR'],
  [503, 'UPSTREAM_ERROR'],
  [504, 'UPSTREAM_ERROR'],
];

describe('toGraphQLError', () => {
  it('has a row for every failure kind', () => {
    expect(BY_KIND.map((row) => row.kind).sort()).toEqual([...FAILURE_KINDS].sort());
  });

  it.each(BY_KIND)(
    'maps a failed read of kind $kind to $code',
    ({ kind, init, code, extensions }) => {
      const error = toGraphQLError(failure(kind, init));

      expect(error.extensions).toEqual({ ...extensions, code });
      expect(error.message).not.toBe('');
    },
  );

  it.each(BY_STATUS)('maps Bird status %i to %s', (status, code) => {
    const error = toGraphQLError(failure('status', { status }));

    expect(error.extensions.code).toBe(code);
    expect(error.extensions.upstream).toEqual({ status });
    expect(error.message).toBe(`Bird answered ${status} to GET /conversations/c1`);
  });

  it('passes on Bird’s message and field details for a 4xx, but not a 5xx body', () => {
    const body = { code: 'InvalidPayload', message: 'name is missing', details: { name: ['x'] } };

    const invalid = toGraphQLError(failure('status', { status: 422, body }));
    const broken = toGraphQLError(failure('status', { status: 500, body }));

    expect(invalid.message).toBe(
      'Bird answered 422 (InvalidPayload) to GET /conversations/c1: name is missing',
    );
    expect(invalid.extensions.details).toEqual({ name: ['x'] });
    expect(broken.message).toBe('Bird answered 500 (InvalidPayload) to GET /conversations/c1');
    expect(broken.extensions.details).toBeUndefined();
  });

  it('maps a closed conversation to CONVERSATION_CLOSED whether Bird says 422 or 409', () => {
    const body = { code: 'ConversationClosed', message: 'Conversation is closed' };

    const reply = toGraphQLError(failure('status', { status: 422, body }));
    const join = toGraphQLError(failure('status', { status: 409, body }));

    expect(reply.extensions.code).toBe('CONVERSATION_CLOSED');
    expect(join.extensions.code).toBe('CONVERSATION_CLOSED');
    expect(reply.message).toMatch(/^The conversation is closed/);
  });

  it('maps ContactAlreadyInConversation to its code with the existing conversation id', () => {
    const body = {
      code: 'ContactAlreadyInConversation',
      message: 'Contact is already in a conversation',
      details: { conversationId: 'c-existing' },
    };

    const error = toGraphQLError(failure('status', { status: 409, body }));

    expect(error.extensions).toMatchObject({
      code: 'CONTACT_ALREADY_IN_CONVERSATION',
      conversationId: 'c-existing',
      conversationGlobalId: conversationGlobalId('c-existing'),
      upstream: { status: 409, code: 'ContactAlreadyInConversation' },
    });
  });

  it('reports an unreadable answer without a status when none came', () => {
    const error = toGraphQLError(failure('invalid-response'));

    expect(error.extensions).toEqual({ code: 'UPSTREAM_ERROR' });
    expect(error.message).toBe(
      "Bird's answer to GET /conversations/c1 could not be used: it is not valid JSON.",
    );
  });

  it('scrubs the credentials from everything Bird sent back', () => {
    const header = 'AccessKey secret-key-123';
    const body = {
      code: 'Bad secret-key-123',
      message: `key ${header} refused`,
      details: { 'secret-key-123': ['secret-key-123'] },
    };

    const error = toGraphQLError(failure('status', { status: 400, body }), {
      secrets: [header, 'secret-key-123'],
    });

    expect(JSON.stringify({ message: error.message, ...error.extensions })).not.toContain(
      'secret-key-123',
    );
  });

  describe('for writes whose outcome is unknown', () => {
    it.each(['timeout', 'network', 'aborted'] as const)(
      'reports a %s after the request may have been sent as UPSTREAM_OUTCOME_UNKNOWN',
      (kind) => {
        const error = toGraphQLError(failure(kind, { method: 'POST', maybeSent: true }), {
          reference: 'ref-1',
        });

        expect(error.extensions).toEqual({ code: 'UPSTREAM_OUTCOME_UNKNOWN', reference: 'ref-1' });
        expect(error.message).toContain('Look for a message with reference "ref-1"');
      },
    );

    it('asks to check the conversation when the write had no reference', () => {
      const error = toGraphQLError(failure('timeout', { method: 'PATCH', maybeSent: true }));

      expect(error.extensions).toEqual({ code: 'UPSTREAM_OUTCOME_UNKNOWN' });
      expect(error.message).toContain('Check the conversation before trying again.');
    });

    it('reports a write that surely never left as the plain failure', () => {
      const error = toGraphQLError(failure('network', { method: 'POST', maybeSent: false }));

      expect(error.extensions.code).toBe('UPSTREAM_ERROR');
    });

    it.each(['status', 'invalid-response', 'circuit-open', 'rate-limited'] as const)(
      'reports a %s write as the plain failure: Bird answered, or nothing was sent',
      (kind) => {
        const error = toGraphQLError(
          failure(kind, { method: 'POST', maybeSent: true, status: 503 }),
        );

        expect(error.extensions.code).not.toBe('UPSTREAM_OUTCOME_UNKNOWN');
      },
    );
  });
});
