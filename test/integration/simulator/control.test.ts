import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { withSimulator } from '../../helpers/simulator.js';

const infoShape = z.object({
  url: z.string(),
  openApiUrl: z.string(),
  workspaceId: z.string(),
  accessKey: z.string(),
  tenants: z.array(
    z.object({
      workspaceId: z.string(),
      accessKey: z.string(),
      accessKeyId: z.string(),
      accessKeyName: z.string(),
    }),
  ),
});
const requestsShape = z.object({
  count: z.number(),
  entries: z.array(z.object({ method: z.string(), path: z.string(), status: z.number() })),
});
const faultsShape = z.object({
  pending: z.array(z.object({ path: z.string(), kind: z.string(), times: z.number().nullable() })),
});

describe('the control API under /__simulator/', () => {
  const client = withSimulator();
  const control = (method: string, path: string, body?: unknown) =>
    client().fetch(method, `${client().sim.url}/__simulator${path}`, { auth: null, body });

  it('describes the running simulator without authentication', async () => {
    const info = infoShape.parse((await control('GET', '/info')).json);
    expect(info).toMatchObject({
      url: client().sim.url,
      workspaceId: client().sim.workspaceId,
      accessKey: client().sim.accessKey,
    });
    expect(info.openApiUrl).toBe(`${client().sim.url}/openapi.json`);
    expect(info.tenants).toHaveLength(2);
  });

  it('lists, filters and clears the request log, which does not record control calls', async () => {
    await client().call('GET', '/conversations?limit=1');
    await client().call('POST', '/conversations', { body: { name: 'Test' } });
    const all = requestsShape.parse((await control('GET', '/requests')).json);
    expect(all.count).toBe(2);
    const posts = requestsShape.parse((await control('GET', '/requests?method=POST')).json);
    expect(posts.entries.map((e) => e.status)).toEqual([201]);
    expect((await control('DELETE', '/requests')).status).toBe(204);
    expect(requestsShape.parse((await control('GET', '/requests')).json).count).toBe(0);
  });

  it('injects faults from JSON, including times "Infinity", lists and clears them', async () => {
    const injected = await control('POST', '/faults', {
      method: 'GET',
      path: '/workspaces/*/conversations',
      kind: 'status',
      status: 503,
      times: 2,
      retryAfter: 3,
    });
    expect(injected.status).toBe(201);
    expect((await client().call('GET', '/conversations')).status).toBe(503);
    expect(faultsShape.parse((await control('GET', '/faults')).json).pending[0]?.times).toBe(1);
    expect(
      (
        await control('POST', '/faults', {
          path: '/workspaces/**',
          kind: 'reset',
          times: 'Infinity',
        })
      ).status,
    ).toBe(201);
    expect((await control('DELETE', '/faults')).status).toBe(204);
    expect((await client().call('GET', '/conversations')).status).toBe(200);
    expect((await control('POST', '/faults', { path: '/x', kind: 'explode' })).status).toBe(422);
    expect((await control('POST', '/faults', { path: '/x', kind: 'status' })).status).toBe(422);
  });

  it('sets latency and the rate limit, and resets everything', async () => {
    expect((await control('PUT', '/latency', { fixedMs: 120 })).status).toBe(200);
    const started = performance.now();
    await client().call('GET', '/conversations?limit=1');
    expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    expect((await control('PUT', '/latency', null)).status).toBe(200);
    expect(
      (await control('PUT', '/rate-limit', { getPerSecond: 1, postPerSecond: 1, retryAfter: true }))
        .status,
    ).toBe(200);
    await client().call('GET', '/conversations?limit=1');
    expect((await client().call('GET', '/conversations?limit=1')).status).toBe(429);
    expect((await control('PUT', '/rate-limit', { getPerSecond: 0 })).status).toBe(422);
    await client().call('POST', '/conversations', { body: { name: 'gone after reset' } });
    expect((await control('POST', '/reset')).status).toBe(204);
    expect((await client().call('GET', '/conversations?limit=1')).status).toBe(200);
    expect(client().sim.requests.count()).toBe(1);
  });

  it('answers unknown control routes with 404 and bad JSON with 400', async () => {
    expect((await control('GET', '/nothing')).status).toBe(404);
    const bad = await client().fetch('PUT', `${client().sim.url}/__simulator/latency`, {
      auth: null,
      rawBody: '{',
    });
    expect(bad.status).toBe(400);
  });
});
