import { describe, expect, it } from 'vitest';
import { createSimulatorHandler, SimulatorStore } from '../../../src/simulator/index.js';

describe('createSimulatorHandler', () => {
  const store = new SimulatorStore({ size: { contacts: 10, conversations: 10, messages: 50 } });
  const handler = createSimulatorHandler(store, { baseUrl: 'http://sim.test' });
  const tenant = store.tenants[0];
  const headers = { Authorization: `AccessKey ${tenant?.accessKey ?? ''}` };
  const base = `/workspaces/${tenant?.workspaceId ?? ''}`;

  it('answers requests without a socket', async () => {
    const response = await handler({
      method: 'GET',
      path: `${base}/conversations`,
      query: { limit: '3' },
      headers,
    });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    const body: unknown = JSON.parse(typeof response.body === 'string' ? response.body : '');
    expect(body).toMatchObject({
      results: expect.any(Array) as unknown,
      nextPageToken: expect.any(String) as unknown,
    });
  });

  it('parses string and byte bodies alike', async () => {
    const json = JSON.stringify({ name: 'from the handler' });
    for (const body of [json, new TextEncoder().encode(json)]) {
      const response = await handler({
        method: 'POST',
        path: `${base}/conversations`,
        headers,
        body,
      });
      expect(response.status).toBe(201);
    }
  });

  it('hands out upload URLs under the configured base URL', async () => {
    const conversation = store.workspace(tenant?.workspaceId ?? '')?.conversationIndex.values()[0];
    const response = await handler({
      method: 'POST',
      path: `${base}/conversations/${conversation?.id ?? ''}/presigned-upload`,
      headers,
      body: '{"contentType":"image/png"}',
    });
    expect(typeof response.body === 'string' ? response.body : '').toContain(
      '"uploadUrl":"http://sim.test/uploads/',
    );
  });

  it('answers 204 with no body and no content type', async () => {
    const conversation = store.workspace(tenant?.workspaceId ?? '')?.conversationIndex.values()[0];
    const response = await handler({
      method: 'DELETE',
      path: `${base}/conversations/${conversation?.id ?? ''}`,
      headers,
    });
    expect(response).toEqual({ status: 204, headers: {}, body: null });
  });

  it('masks unexpected failures as 500 InternalError and reports them', async () => {
    class BrokenStore extends SimulatorStore {
      override workspaceForAccessKey(): never {
        throw new Error('disk on fire');
      }
    }
    const reported: unknown[] = [];
    const failing = createSimulatorHandler(
      new BrokenStore({ size: { contacts: 3, conversations: 5, messages: 5 } }),
      {
        onError: (error) => reported.push(error),
      },
    );
    const response = await failing({ method: 'GET', path: `${base}/conversations`, headers });
    expect(response.status).toBe(500);
    expect(response.body).toBe(
      '{"code":"InternalError","message":"The simulator failed to handle the request"}',
    );
    expect(reported).toEqual([new Error('disk on fire')]);
  });
});
