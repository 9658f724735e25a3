import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { graphql } from '../gql/index.js';
import { startTestGateway } from '../helpers/gateway.js';

const FIRST_ID = graphql(`
  query AuthFirstConversation {
    conversations(first: 1) {
      nodes {
        id
      }
    }
  }
`);

const QUERY = `{ conversations(first: 1) { nodes { id } } }`;
const TOKEN = 'a-gateway-token-of-enough-length';

let simulator: Simulator;
beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
});
afterAll(() => simulator.close());

describe('credentials per request', () => {
  it('forwards a client’s own access key with the workspace from X-Bird-Workspace-Id', async () => {
    const gw = await startTestGateway({ live: true, sharedSimulator: simulator });
    try {
      simulator.requests.clear();
      const result = await gw.queryText(QUERY, undefined, {
        authorization: `AccessKey ${simulator.accessKey}`,
        'x-bird-workspace-id': simulator.workspaceId,
      });

      expect(result.errors).toBeUndefined();
      expect(simulator.requests.entries()[0]).toMatchObject({
        auth: 'ok',
        workspaceId: simulator.workspaceId,
      });
    } finally {
      await gw.close();
    }
  });

  it('refuses a request without credentials before any upstream call, with HTTP 401', async () => {
    const gw = await startTestGateway({ live: true, sharedSimulator: simulator });
    try {
      simulator.requests.clear();
      const result = await gw.queryText(QUERY);

      expect(result.status).toBe(401);
      expect(result.errors).toHaveLength(1);
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(simulator.requests.entries()).toHaveLength(0);
    } finally {
      await gw.close();
    }
  });

  it('answers introspection without credentials', async () => {
    const gw = await startTestGateway({ live: true, sharedSimulator: simulator });
    try {
      const result = await gw.queryText(`{ __schema { queryType { name } } }`);

      expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await gw.close();
    }
  });

  it('maps a key Bird rejects to UNAUTHENTICATED without echoing it', async () => {
    const gw = await startTestGateway({ live: true, sharedSimulator: simulator });
    try {
      const result = await gw.queryText(QUERY, undefined, {
        authorization: 'AccessKey not-a-real-key-123',
        'x-bird-workspace-id': simulator.workspaceId,
      });

      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(result.text).not.toContain('not-a-real-key-123');
    } finally {
      await gw.close();
    }
  });

  it('never serves one workspace’s data to another workspace’s key', async () => {
    const other = simulator.tenants[1];
    if (!other) throw new Error('the simulator has no second workspace');
    const gw = await startTestGateway({ live: true, sharedSimulator: simulator });
    try {
      const mine = await gw.query(FIRST_ID, undefined, {
        authorization: `AccessKey ${simulator.accessKey}`,
        'x-bird-workspace-id': simulator.workspaceId,
      });
      const id = mine.data?.conversations.nodes[0]?.id ?? '';

      const theirs = await gw.queryText(
        `query ($id: ID!) { conversation(id: $id) { id name } }`,
        { id },
        {
          authorization: `AccessKey ${other.accessKey}`,
          'x-bird-workspace-id': other.workspaceId,
        },
      );
      const crossed = await gw.queryText(
        `query ($id: ID!) { conversation(id: $id) { id name } }`,
        { id },
        {
          authorization: `AccessKey ${other.accessKey}`,
          'x-bird-workspace-id': simulator.workspaceId,
        },
      );

      expect(theirs.data).toEqual({ conversation: null });
      expect(crossed.data).toEqual({ conversation: null });
      expect(crossed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    } finally {
      await gw.close();
    }
  });
});

describe('the gateway-held access key', () => {
  const env = () => ({
    BIRD_WORKSPACE_ID: simulator.workspaceId,
    BIRD_ACCESS_KEY: simulator.accessKey,
    GATEWAY_TOKENS: `${TOKEN},another-token-of-enough-length`,
  });

  it('serves clients that present a configured Bearer token', async () => {
    const gw = await startTestGateway({ live: true, env: env(), sharedSimulator: simulator });
    try {
      const ok = await gw.queryText(QUERY, undefined, { authorization: `Bearer ${TOKEN}` });
      const wrong = await gw.queryText(QUERY, undefined, {
        authorization: 'Bearer not-the-token-at-all-000',
      });
      const none = await gw.queryText(QUERY);

      expect(ok.errors).toBeUndefined();
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await gw.close();
    }
  });

  it('serves anonymous clients only when GATEWAY_ALLOW_ANONYMOUS is set', async () => {
    const gw = await startTestGateway({
      live: true,
      env: {
        BIRD_WORKSPACE_ID: simulator.workspaceId,
        BIRD_ACCESS_KEY: simulator.accessKey,
        GATEWAY_ALLOW_ANONYMOUS: 'true',
      },
      sharedSimulator: simulator,
    });
    try {
      const result = await gw.queryText(QUERY);
      expect(result.errors).toBeUndefined();
    } finally {
      await gw.close();
    }
  });
});

describe('configuration', () => {
  it('refuses to start with a key but no tokens unless anonymous use is explicit', () => {
    expect(() =>
      loadConfig({ BIRD_WORKSPACE_ID: 'ws-1', BIRD_ACCESS_KEY: 'some-access-key' }),
    ).toThrow(/GATEWAY_TOKENS/);
  });

  it.each([
    [{ PORT: 'abc' }, /PORT/],
    [{ BIRD_API_URL: 'not a url' }, /BIRD_API_URL/],
    [{ GATEWAY_TOKENS: 'short' }, /GATEWAY_TOKENS/],
    [{ CURSOR_SECRET: 'too-short' }, /CURSOR_SECRET/],
    [{ BIRD_ACCESS_KEY: 'some-access-key', GATEWAY_ALLOW_ANONYMOUS: 'true' }, /BIRD_WORKSPACE_ID/],
    [{ GATEWAY_ALLOW_ANONYMOUS: 'maybe' }, /GATEWAY_ALLOW_ANONYMOUS/],
  ])('names the variable in error for %o', (env, pattern) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(pattern);
  });
});
