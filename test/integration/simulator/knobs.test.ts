import { describe, expect, it } from 'vitest';
import { requireTenant, startTestSimulator, withSimulator } from '../../helpers/simulator.js';
import { conversationShape, errorShape, pageShape } from './birdShapes.js';

const LIST = '/workspaces/*/conversations';

async function failureCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no error';
  } catch (error) {
    const cause: unknown = error instanceof Error ? error.cause : undefined;
    if (cause instanceof Error && 'code' in cause && typeof cause.code === 'string')
      return cause.code;
    return error instanceof Error ? error.name : 'unknown';
  }
}

describe('knobs', () => {
  const client = withSimulator();

  it('delays responses by the configured latency and stops when it is cleared', async () => {
    client().sim.setLatency({ fixedMs: 300, jitterMs: 50 });
    const started = performance.now();
    await client().call('GET', '/conversations?limit=1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(295);
    // A latency no test could sit out: the request only completes if clearing it took effect.
    client().sim.setLatency({ fixedMs: 600_000 });
    client().sim.setLatency(null);
    expect((await client().call('GET', '/conversations?limit=1')).status).toBe(200);
  });

  it('fails exactly `times` matching requests with the injected status, then stops', async () => {
    client().sim.faults.inject({
      method: 'GET',
      path: LIST,
      times: 3,
      kind: 'status',
      status: 503,
    });
    expect((await client().call('POST', '/conversations', { body: { name: 'Test' } })).status).toBe(
      201,
    );
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await client().call('GET', '/conversations?limit=1')).status);
    expect(statuses).toEqual([503, 503, 503, 200, 200]);
    expect(client().sim.faults.pending()).toEqual([]);
    expect(client().sim.requests.count({ fault: 'status:503' })).toBe(3);
  });

  it('answers injected statuses with a Bird error body and Retry-After in seconds or as an HTTP-date', async () => {
    const date = 'Wed, 21 Oct 2015 07:28:00 GMT';
    client().sim.faults.inject({ path: LIST, kind: 'status', status: 429, retryAfter: 7 });
    client().sim.faults.inject({ path: LIST, kind: 'status', status: 503, retryAfter: date });
    client().sim.faults.inject({ path: LIST, kind: 'status', status: 500 });
    const seconds = await client().call('GET', '/conversations');
    expect(seconds.headers.get('retry-after')).toBe('7');
    expect(errorShape.parse(seconds.json).code).toBe('TooManyRequests');
    expect((await client().call('GET', '/conversations')).headers.get('retry-after')).toBe(date);
    expect((await client().call('GET', '/conversations')).headers.get('retry-after')).toBeNull();
  });

  it('keeps an Infinity fault until cleared, matching ** patterns and a custom body', async () => {
    client().sim.faults.inject({
      path: '/workspaces/**',
      times: Infinity,
      kind: 'status',
      status: 502,
      body: { oops: true },
    });
    for (let i = 0; i < 3; i++)
      expect((await client().call('GET', '/conversations')).json).toEqual({ oops: true });
    expect(client().sim.faults.pending()[0]?.times).toBe(Infinity);
    client().sim.faults.clear();
    expect((await client().call('GET', '/conversations')).status).toBe(200);
  });

  it('resets the connection without a response', async () => {
    client().sim.faults.inject({ path: LIST, kind: 'reset' });
    expect(await failureCode(client().call('GET', '/conversations'))).not.toBe('no error');
    expect(client().sim.requests.entries().at(-1)).toMatchObject({ fault: 'reset', status: 0 });
    expect((await client().call('GET', '/conversations')).status).toBe(200);
  });

  it('stalls before the headers until stallMs, then closes the connection', async () => {
    client().sim.faults.inject({ path: LIST, kind: 'stall-headers', stallMs: 200 });
    const started = performance.now();
    expect(await failureCode(client().call('GET', '/conversations'))).not.toBe('no error');
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('stalls before the headers until the client gives up when no stallMs is set', async () => {
    client().sim.faults.inject({ path: LIST, kind: 'stall-headers' });
    const request = fetch(client().url('/conversations'), {
      headers: { authorization: `AccessKey ${client().tenant.accessKey}` },
      signal: AbortSignal.timeout(150),
    });
    expect(await failureCode(request)).not.toBe('no error');
  });

  it('sends the status and part of the body, then stalls', async () => {
    client().sim.faults.inject({ path: LIST, kind: 'stall-body', stallMs: 150 });
    const response = await fetch(client().url('/conversations'), {
      headers: { authorization: `AccessKey ${client().tenant.accessKey}` },
    });
    expect(response.status).toBe(200);
    expect(await failureCode(response.text())).not.toBe('no error');
  });

  it('rate-limits 50 GETs per second per workspace with 429 and no Retry-After by default', async () => {
    client().sim.setRateLimit({ getPerSecond: 50, postPerSecond: 500 });
    const responses = await Promise.all(
      Array.from({ length: 60 }, () => client().call('GET', '/conversations?limit=1')),
    );
    const limited = responses.filter((r) => r.status === 429);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(50);
    expect(limited).toHaveLength(10);
    expect(errorShape.parse(limited[0]?.json).code).toBe('TooManyRequests');
    expect(limited[0]?.headers.get('retry-after')).toBeNull();
    expect((await client().call('POST', '/conversations', { body: { name: 'Test' } })).status).toBe(
      201,
    );
    const other = client().as(requireTenant(client().sim, 1));
    expect((await other.call('GET', '/conversations?limit=1')).status).toBe(200);
    expect(client().sim.requests.count({ fault: 'rate-limit' })).toBe(10);
  });

  it('sends Retry-After on 429 when configured', async () => {
    client().sim.setRateLimit({ getPerSecond: 1, postPerSecond: 1, retryAfter: true });
    await client().call('GET', '/conversations?limit=1');
    const limited = await client().call('GET', '/conversations?limit=1');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    client().sim.setRateLimit(false);
    expect((await client().call('GET', '/conversations?limit=1')).status).toBe(200);
  });

  it('logs method, path, query, body, auth, workspace, request id, status and fault of /workspaces requests only', async () => {
    client().sim.requests.clear();
    await client().call('POST', '/conversations', {
      body: { name: 'logged' },
      headers: { 'x-request-id': 'req-1' },
    });
    await client().call('GET', '/conversations?limit=2&reverse=true', { auth: null });
    await client().fetch('GET', `${client().sim.url}/openapi.json`);
    const entries = client().sim.requests.entries();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      method: 'POST',
      path: `/workspaces/${client().tenant.workspaceId}/conversations`,
      query: {},
      body: { name: 'logged' },
      auth: 'ok',
      workspaceId: client().tenant.workspaceId,
      requestId: 'req-1',
      status: 201,
      fault: null,
    });
    expect(entries[1]).toMatchObject({
      method: 'GET',
      query: { limit: '2', reverse: 'true' },
      body: null,
      auth: 'missing',
      workspaceId: null,
      status: 401,
    });
    expect(client().sim.requests.count({ method: 'GET', path: LIST })).toBe(1);
    client().sim.requests.clear();
    expect(client().sim.requests.count()).toBe(0);
  });

  it('closes idempotently', async () => {
    const extra = await startTestSimulator();
    await Promise.all([extra.sim.close(), extra.sim.close()]);
    await extra.sim.close();
  });

  it('keeps only the last requestLogLimit requests', async () => {
    const small = await startTestSimulator({ requestLogLimit: 3 });
    try {
      for (let i = 1; i <= 5; i++) await small.call('GET', `/conversations?limit=${i}`);
      expect(small.sim.requests.entries().map((e) => e.query.limit)).toEqual(['3', '4', '5']);
      expect(small.sim.requests.count()).toBe(3);
    } finally {
      await small.sim.close();
    }
  });

  it('reset() restores the seed data and clears the log, faults, latency and rate limit', async () => {
    const created = await client().expect(conversationShape, 201, 'POST', '/conversations', {
      body: { name: 'temporary' },
    });
    client().sim.faults.inject({ path: '/workspaces/**/nothing', kind: 'reset' });
    // Requests only complete (within the test timeout) if reset() cleared this latency.
    client().sim.setLatency({ fixedMs: 600_000 });
    client().sim.setRateLimit({ getPerSecond: 1, postPerSecond: 1 });
    client().sim.reset();
    expect(client().sim.requests.count()).toBe(0);
    expect(client().sim.faults.pending()).toEqual([]);
    expect((await client().call('GET', `/conversations/${created.id}`)).status).toBe(404);
    expect((await client().call('GET', '/conversations?limit=1')).status).toBe(200);
  });

  it('serves identical seed data for the same seed across instances', async () => {
    const other = await startTestSimulator();
    try {
      const mine = await client().expect(
        pageShape(conversationShape),
        200,
        'GET',
        '/conversations?limit=100',
      );
      const theirs = await other.expect(
        pageShape(conversationShape),
        200,
        'GET',
        '/conversations?limit=100',
      );
      expect(theirs).toEqual(mine);
    } finally {
      await other.sim.close();
    }
  });
});
