import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../helpers/gateway.js';
import { waitFor, waitForLog } from '../helpers/waitFor.js';

/** The fields of the gateway's per-operation log line that these tests read. */
const operationLog = z.object({ upstreamAttempts: z.number() });

const CONVERSATION = `query ($id: ID!) { conversation(id: $id) { id: birdId name } }`;
const ONE = '/workspaces/*/conversations/*';

let simulator: Simulator;
let ids: string[];
let keyId: string;
const gateways: TestGateway[] = [];

/** A gateway over the shared simulator with fast, test-sized resilience settings. */
async function gateway(env: Record<string, string> = {}): Promise<TestGateway> {
  const gw = await startTestGateway({
    sharedSimulator: simulator,
    env: {
      UPSTREAM_RETRY_BASE_DELAY_MS: '20',
      UPSTREAM_RETRY_MAX_DELAY_MS: '50',
      UPSTREAM_HEADERS_TIMEOUT_MS: '300',
      UPSTREAM_BODY_TIMEOUT_MS: '300',
      ...env,
    },
  });
  gateways.push(gw);
  return gw;
}

const attempts = (filter: { method?: string; path?: string } = {}) =>
  simulator.requests
    .entries()
    .filter(
      (e) =>
        (filter.method === undefined || e.method === filter.method) &&
        (filter.path === undefined || e.path.endsWith(filter.path)),
    );

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  const response = await fetch(
    `${simulator.url}/workspaces/${simulator.workspaceId}/conversations?limit=40`,
    {
      headers: { authorization: `AccessKey ${simulator.accessKey}` },
    },
  );
  const body: unknown = await response.json();
  ids =
    typeof body === 'object' && body !== null && 'results' in body && Array.isArray(body.results)
      ? body.results.flatMap((c: unknown) =>
          typeof c === 'object' &&
          c !== null &&
          'id' in c &&
          'status' in c &&
          c.status === 'active' &&
          typeof c.id === 'string'
            ? [c.id]
            : [],
        )
      : [];
  keyId = simulator.tenants[0]?.accessKeyId ?? '';
});
beforeEach(() => {
  simulator.requests.clear();
});
afterEach(async () => {
  await Promise.all(gateways.splice(0).map((g) => g.close()));
  simulator.reset();
});
afterAll(() => simulator.close());

describe('retries of reads', () => {
  it('retries a GET through a burst of 503s and returns the data', async () => {
    const gw = await gateway();
    simulator.faults.inject({ method: 'GET', path: ONE, kind: 'status', status: 503, times: 2 });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({ conversation: { id: ids[0] } });
    expect(attempts({ method: 'GET' }).map((e) => e.status)).toEqual([503, 503, 200]);
  });

  it.each([502, 504])('retries a GET answered %i', async (status) => {
    const gw = await gateway();
    simulator.faults.inject({ method: 'GET', path: ONE, kind: 'status', status });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors).toBeUndefined();
    expect(attempts()).toHaveLength(2);
  });

  it('gives up after the configured number of attempts during a sustained outage', async () => {
    const gw = await gateway({ UPSTREAM_RETRY_ATTEMPTS: '3' });
    simulator.faults.inject({
      method: 'GET',
      path: ONE,
      kind: 'status',
      status: 503,
      times: Infinity,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.data).toEqual({ conversation: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'UPSTREAM_ERROR',
      upstream: { status: 503 },
    });
    expect(attempts()).toHaveLength(3);
  });

  it('does not retry a 500, which Bird sends for requests that will fail again', async () => {
    const gw = await gateway();
    simulator.faults.inject({
      method: 'GET',
      path: ONE,
      kind: 'status',
      status: 500,
      times: Infinity,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(attempts()).toHaveLength(1);
  });

  it('retries a GET whose connection was reset', async () => {
    const gw = await gateway();
    simulator.faults.inject({ method: 'GET', path: ONE, kind: 'reset' });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors).toBeUndefined();
    expect(attempts()).toHaveLength(2);
  });

  it.each(['stall-headers', 'stall-body'] as const)(
    'retries a GET after a %s timeout',
    async (kind) => {
      const gw = await gateway();
      simulator.faults.inject({ method: 'GET', path: ONE, kind, stallMs: 2_000 });

      const result = await gw.queryText(CONVERSATION, { id: ids[0] });

      expect(result.errors).toBeUndefined();
      expect(attempts()).toHaveLength(2);
    },
  );

  it('honours Retry-After in seconds on a 429', async () => {
    const gw = await gateway();
    simulator.faults.inject({
      method: 'GET',
      path: ONE,
      kind: 'status',
      status: 429,
      retryAfter: 1,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors).toBeUndefined();
    const [first, second] = attempts();
    expect(second ? second.at - (first?.at ?? 0) : 0).toBeGreaterThanOrEqual(950);
  });

  it('honours Retry-After as an HTTP date on a 503', async () => {
    const gw = await gateway();
    const date = new Date(Date.now() + 2_000).toUTCString();
    simulator.faults.inject({
      method: 'GET',
      path: ONE,
      kind: 'status',
      status: 503,
      retryAfter: date,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors).toBeUndefined();
    const [first, second] = attempts();
    // HTTP dates have one-second precision.
    expect(second ? second.at - (first?.at ?? 0) : 0).toBeGreaterThanOrEqual(800);
  });

  it('retries a 429 without Retry-After with backoff', async () => {
    const gw = await gateway();
    simulator.faults.inject({ method: 'GET', path: ONE, kind: 'status', status: 429 });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors).toBeUndefined();
    expect(attempts()).toHaveLength(2);
  });

  it('fails at once with RATE_LIMITED when Retry-After is beyond the cap, and reports the cap', async () => {
    const gw = await gateway({ UPSTREAM_RETRY_AFTER_CAP_MS: '2000' });
    simulator.faults.inject({
      method: 'GET',
      path: ONE,
      kind: 'status',
      status: 429,
      retryAfter: 3600,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    // The gateway probes Bird again after the cap, so that is when a retry can succeed.
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 2_000,
    });
    expect(attempts()).toHaveLength(1);
  });

  it('spends at most the operation’s retry budget across all its calls', async () => {
    const gw = await gateway({ UPSTREAM_RETRY_BUDGET: '4', UPSTREAM_RETRY_ATTEMPTS: '3' });
    simulator.faults.inject({
      method: 'GET',
      path: `${ONE}/messages`,
      kind: 'status',
      status: 503,
      times: Infinity,
    });

    const result = await gw.queryText(
      `{ conversations(first: 10) { nodes { id messages(first: 1) { nodes { id } } } } }`,
    );

    expect(result.data).toBeTruthy();
    expect(attempts({ path: '/messages' })).toHaveLength(10 + 4);
  });

  it('stops at the operation deadline', async () => {
    const gw = await gateway({
      OPERATION_DEADLINE_MS: '400',
      UPSTREAM_RETRY_ATTEMPTS: '10',
      UPSTREAM_RETRY_BUDGET: '100',
    });
    simulator.faults.inject({
      method: 'GET',
      path: ONE,
      kind: 'stall-headers',
      stallMs: 5_000,
      times: Infinity,
    });

    const result = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_TIMEOUT');
    // Each stalled attempt ends at the 300 ms headers timeout: without the 400 ms deadline all ten
    // attempts would run.
    const line = await waitForLog(gw.logs, '"msg":"operation"');
    expect(operationLog.parse(JSON.parse(line)).upstreamAttempts).toBeLessThan(10);
  });
});

describe('writes are never retried once they may have reached Bird', () => {
  const REPLY = `mutation ($input: ReplyToConversationInput!) { replyToConversation(input: $input) { message { id } } }`;
  const input = () => ({
    conversationId: ids[0],
    participantId: keyId,
    participantType: 'ACCESS_KEY',
    body: { text: { text: 'Exactly once' } },
    addMissingParticipants: true,
  });

  it.each([502, 503, 504, 429])('does not retry a reply answered %i', async (status) => {
    const gw = await gateway();
    simulator.faults.inject({ method: 'POST', path: `${ONE}/messages`, kind: 'status', status });

    const result = await gw.queryText(REPLY, { input: input() });

    expect(result.errors).toHaveLength(1);
    expect(attempts({ method: 'POST' })).toHaveLength(1);
  });

  it.each(['reset', 'stall-headers', 'stall-body'] as const)(
    'reports an unknown outcome without resending after a %s',
    async (kind) => {
      const gw = await gateway();
      simulator.faults.inject({ method: 'POST', path: `${ONE}/messages`, kind, stallMs: 2_000 });

      const result = await gw.queryText(REPLY, { input: { ...input(), reference: `ref-${kind}` } });

      expect(result.errors?.[0]?.extensions).toMatchObject({
        code: 'UPSTREAM_OUTCOME_UNKNOWN',
        reference: `ref-${kind}`,
      });
      expect(attempts({ method: 'POST' })).toHaveLength(1);
    },
  );

  it('does not retry an update answered 503', async () => {
    const gw = await gateway();
    simulator.faults.inject({ method: 'PATCH', path: ONE, kind: 'status', status: 503 });

    const result = await gw.queryText(
      `mutation ($id: ID!) { updateConversation(input: { id: $id, status: CLOSED }) { conversation { id } } }`,
      { id: ids[0] },
    );

    expect(result.errors?.[0]?.extensions?.code).toBe('UPSTREAM_ERROR');
    expect(attempts({ method: 'PATCH' })).toHaveLength(1);
  });
});

describe('circuit breaker', () => {
  const env = {
    UPSTREAM_RETRY_ATTEMPTS: '1',
    BREAKER_MINIMUM_CALLS: '5',
    BREAKER_FAILURE_THRESHOLD_PERCENT: '50',
    BREAKER_OPEN_MS: '500',
  };

  it('opens during a sustained outage, fails fast without calling Bird, and closes after a successful probe', async () => {
    const gw = await gateway(env);
    simulator.faults.inject({
      method: 'GET',
      path: ONE,
      kind: 'status',
      status: 503,
      times: Infinity,
    });
    for (let i = 0; i < 6; i += 1) await gw.queryText(CONVERSATION, { id: ids[i % ids.length] });
    expect(gw.gateway.transport.readiness()).toMatchObject({ ready: false, breaker: 'open' });
    simulator.requests.clear();

    const fast = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(fast.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
    expect(attempts()).toHaveLength(0);

    simulator.faults.clear();
    await waitForLog(gw.logs, 'circuit breaker half-open');
    const probe = await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(probe.errors).toBeUndefined();
    expect(gw.gateway.transport.readiness()).toMatchObject({ ready: true, breaker: 'closed' });
  });

  it('reopens when the probe fails', async () => {
    const gw = await gateway(env);
    simulator.faults.inject({
      method: 'GET',
      path: ONE,
      kind: 'status',
      status: 503,
      times: Infinity,
    });
    for (let i = 0; i < 6; i += 1) await gw.queryText(CONVERSATION, { id: ids[0] });
    await waitForLog(gw.logs, 'circuit breaker half-open');
    simulator.requests.clear();

    await gw.queryText(CONVERSATION, { id: ids[0] });

    expect(attempts()).toHaveLength(1);
    expect(gw.gateway.transport.readiness().breaker).toBe('open');
  });

  it('is not opened by client errors such as 404', async () => {
    const gw = await gateway(env);
    for (let i = 0; i < 10; i += 1) {
      await gw.queryText(CONVERSATION, { id: '00000000-0000-4000-8000-000000000000' });
    }

    expect(gw.gateway.transport.readiness().breaker).toBe('closed');
  });
});

describe('per-workspace rate shaping', () => {
  const burst = (gw: TestGateway, n: number) =>
    Promise.all(
      Array.from({ length: n }, (_, i) => gw.queryText(CONVERSATION, { id: ids[i % ids.length] })),
    );

  it('fails fast with RATE_LIMITED beyond the limit when no wait is allowed', async () => {
    const gw = await gateway({
      RATE_LIMIT_GET_PER_SECOND: '10',
      RATE_LIMIT_MAX_WAIT_MS: '0',
      UPSTREAM_RETRY_ATTEMPTS: '1',
    });

    const results = await burst(gw, 15);

    const limited = results.filter((r) => r.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(limited).toHaveLength(5);
    expect(limited[0]?.errors?.[0]?.extensions?.retryAfterMs).toBeGreaterThan(0);
    expect(attempts()).toHaveLength(10);
  });

  it('queues a burst briefly and keeps every one-second window within the limit', async () => {
    // Bird's limiter counts arrivals: on a loaded machine a window's calls can arrive a little late
    // and bunch up with the next window's. Two calls of slack absorb that; an unshaped burst of 25
    // still far exceeds it.
    simulator.setRateLimit({ getPerSecond: 12, postPerSecond: 100 });
    const gw = await gateway({ RATE_LIMIT_GET_PER_SECOND: '10', RATE_LIMIT_MAX_WAIT_MS: '3000' });

    const results = await burst(gw, 25);

    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const log = attempts();
    expect(log).toHaveLength(25);
    expect(log.filter((e) => e.status === 429)).toHaveLength(0);
  });

  it('never sends the calls still waiting for their turn once the client has gone away', async () => {
    const gw = await gateway({ RATE_LIMIT_GET_PER_SECOND: '1', RATE_LIMIT_MAX_WAIT_MS: '5000' });
    const client = new AbortController();
    const pending = fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query ($a: ID!, $b: ID!, $c: ID!) { a: conversation(id: $a) { id } b: conversation(id: $b) { id } c: conversation(id: $c) { id } }`,
        variables: { a: ids[0], b: ids[1], c: ids[2] },
      }),
      signal: client.signal,
    }).catch(() => 'aborted');
    await waitFor(() => attempts().length === 1, { message: 'the first call was never sent' });

    client.abort();
    expect(await pending).toBe('aborted');
    // The operation's log line is written once all its resolvers have settled: every call it was
    // ever going to send has been sent by then.
    await waitForLog(gw.logs, '"msg":"operation"');

    expect(attempts()).toHaveLength(1);
  });

  it('keeps workspaces apart: one workspace’s burst does not delay another', async () => {
    const other = simulator.tenants[1];
    if (!other) throw new Error('no second workspace');
    const gw = await startTestGateway({
      live: true,
      sharedSimulator: simulator,
      env: {
        RATE_LIMIT_GET_PER_SECOND: '5',
        RATE_LIMIT_MAX_WAIT_MS: '0',
        UPSTREAM_RETRY_ATTEMPTS: '1',
      },
    });
    gateways.push(gw);
    const as = (tenant: { accessKey: string; workspaceId: string }) => ({
      authorization: `AccessKey ${tenant.accessKey}`,
      'x-bird-workspace-id': tenant.workspaceId,
    });
    const mine = simulator.tenants[0];
    if (!mine) throw new Error('no workspace');
    await Promise.all(
      Array.from({ length: 8 }, () =>
        gw.queryText(`{ conversations(first: 1) { nodes { id } } }`, {}, as(mine)),
      ),
    );

    const theirs = await gw.queryText(
      `{ conversations(first: 1) { nodes { id } } }`,
      {},
      as(other),
    );

    expect(theirs.errors).toBeUndefined();
  });
});
