import { describe, expect, it } from 'vitest';
import { UpstreamFailure, type FailureKind } from '../../src/upstream/failure.js';
import { isRetryable, retryDelay } from '../../src/upstream/resilience/retryPolicy.js';

const config = {
  attempts: 3,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  retryAfterCapMs: 5_000,
  budgetPerOperation: 10,
};
const failure = (
  kind: FailureKind,
  init: { status?: number; maybeSent?: boolean; retryAfterMs?: number } = {},
) => new UpstreamFailure(kind, { method: 'GET', path: '/x', ...init });

describe('isRetryable', () => {
  it.each([429, 502, 503, 504])('retries a GET answered %i', (status) => {
    expect(isRetryable('GET', failure('status', { status }))).toBe(true);
  });

  it.each([400, 401, 404, 409, 422, 500])('does not retry a GET answered %i', (status) => {
    expect(isRetryable('GET', failure('status', { status }))).toBe(false);
  });

  it.each(['POST', 'PATCH', 'DELETE'])('never retries a %s that may have been sent', (method) => {
    expect(isRetryable(method, failure('network', { maybeSent: true }))).toBe(false);
    expect(isRetryable(method, failure('timeout', { maybeSent: true }))).toBe(false);
    expect(isRetryable(method, failure('status', { status: 503 }))).toBe(false);
  });

  it('retries a write that provably never left (connection refused)', () => {
    expect(isRetryable('POST', failure('network', { maybeSent: false }))).toBe(true);
  });

  it('never retries an open breaker or the shaper’s refusal', () => {
    expect(isRetryable('GET', failure('circuit-open'))).toBe(false);
    expect(isRetryable('GET', failure('rate-limited'))).toBe(false);
  });
});

describe('retryDelay', () => {
  it('draws full jitter between 0 and the exponential cap', () => {
    expect(retryDelay(config, 0, failure('network'), () => 0.999)).toBe(99);
    expect(retryDelay(config, 2, failure('network'), () => 0.5)).toBe(200);
    expect(retryDelay(config, 8, failure('network'), () => 0.999)).toBe(999);
    expect(retryDelay(config, 3, failure('network'), () => 0)).toBe(0);
  });

  it('uses Retry-After up to the cap and gives up beyond it', () => {
    expect(retryDelay(config, 0, failure('status', { status: 429, retryAfterMs: 3_000 }))).toBe(
      3_000,
    );
    expect(
      retryDelay(config, 0, failure('status', { status: 429, retryAfterMs: 6_000 })),
    ).toBeNull();
  });
});
