/**
 * Who may spend a workspace's upstream budget (issue 11, findings 1): client keys are forwarded only
 * where that mode is on, an unproven key costs Bird at most one call per request, a flood of bad
 * keys leaves a token holder's screens complete, and a 401/403 stops an operation's other calls.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { InboxDocument, type InboxQuery } from '../gql/graphql.js';
import { type TestGateway } from '../helpers/gateway.js';
import { withSharedSimulator } from '../helpers/sharedSimulator.js';

const LIST = `{ conversations(first: 1) { nodes { id } } }`;
const TEN_IDS = graphql(`
  query CredentialsTenIds {
    conversations(first: 10) {
      nodes {
        id
      }
    }
  }
`);
const TOKEN = 'a-gateway-token-of-enough-length';
const BAD_KEY = 'made-up-access-key-000';
/** 30 lookups that all go out at once: what a flood request of the issue sent. */
const LOOKUPS = `{ ${Array.from({ length: 30 }, (_, i) => `c${i}: conversation(id: "c-${i}") { id }`).join(' ')} }`;

const suite = withSharedSimulator();

const gateway = (env: Record<string, string> = {}): Promise<TestGateway> =>
  suite.gateway({ live: true, env });

/** A gateway holding the simulator's key behind a token. */
const tokenMode = (env: Record<string, string> = {}) =>
  gateway({
    BIRD_WORKSPACE_ID: suite.simulator.workspaceId,
    BIRD_ACCESS_KEY: suite.simulator.accessKey,
    GATEWAY_TOKENS: TOKEN,
    ...env,
  });

const asKey = (key: string, workspaceId = suite.simulator.workspaceId) => ({
  authorization: `AccessKey ${key}`,
  'x-bird-workspace-id': workspaceId,
});

/** Upstream requests made with a key the simulator does not know. */
const badKeyCalls = () => suite.simulator.requests.entries().filter((e) => e.auth !== 'ok');

describe('client-key forwarding', () => {
  it('is off when the gateway holds a key: AccessKey is refused before any upstream call', async () => {
    const gw = await tokenMode();

    const result = await gw.queryText(LIST, {}, asKey(suite.simulator.accessKey));

    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(suite.simulator.requests.count()).toBe(0);
  });

  it('is off when only GATEWAY_TOKENS is set', async () => {
    const gw = await gateway({ GATEWAY_TOKENS: TOKEN });

    const result = await gw.queryText(LIST, {}, asKey(suite.simulator.accessKey));

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(suite.simulator.requests.count()).toBe(0);
  });

  it('can be switched on beside the held key with GATEWAY_FORWARD_CLIENT_KEYS', async () => {
    const gw = await tokenMode({ GATEWAY_FORWARD_CLIENT_KEYS: 'true' });

    const own = await gw.queryText(LIST, {}, asKey(suite.simulator.accessKey));
    const token = await gw.queryText(LIST, {}, { authorization: `Bearer ${TOKEN}` });

    expect(own.errors).toBeUndefined();
    expect(token.errors).toBeUndefined();
  });

  it('can be switched off on a gateway without a key', async () => {
    const gw = await gateway({ GATEWAY_FORWARD_CLIENT_KEYS: 'false' });

    const result = await gw.queryText(LIST, {}, asKey(suite.simulator.accessKey));

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(suite.simulator.requests.count()).toBe(0);
  });
});

describe('unproven keys', () => {
  it('cost Bird one call per request however many calls the operation would make', async () => {
    const gw = await gateway({ RATE_LIMIT_UNVERIFIED_PER_SECOND: '100' });

    const results = await Promise.all(
      Array.from({ length: 5 }, () => gw.queryText(LOOKUPS, {}, asKey(BAD_KEY))),
    );

    for (const result of results) {
      expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    expect(badKeyCalls()).toHaveLength(5);
  });

  it('cost Bird one call per batched request, whatever workspace they claim', async () => {
    const gw = await gateway({ RATE_LIMIT_UNVERIFIED_GLOBAL_PER_SECOND: '100' });
    const batch = JSON.stringify(Array.from({ length: 5 }, () => ({ query: LOOKUPS })));

    const answers = await Promise.all(
      Array.from({ length: 3 }, async (_, i) => {
        const response = await fetch(gw.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...asKey(BAD_KEY, `00000000-0000-4000-8000-00000000000${i}`),
          },
          body: batch,
        });
        return response.text();
      }),
    );

    // Every operation of every batch is refused; only the first call of each request went out.
    for (const answer of answers) expect(answer.match(/"UNAUTHENTICATED"/g)?.length).toBe(5 * 30);
    expect(badKeyCalls().length).toBeLessThanOrEqual(3);
  });

  it('are held to the unverified allowance per workspace: the rest is refused without a call', async () => {
    const gw = await gateway({ RATE_LIMIT_UNVERIFIED_PER_SECOND: '2' });

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gw.queryText(LIST, {}, asKey(`${BAD_KEY}-${i}`))),
    );

    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(18);
    expect(badKeyCalls().length).toBeLessThanOrEqual(2);
  });

  it('are held to a global cap across workspaces, so the gateway is no relay', async () => {
    const gw = await gateway({ RATE_LIMIT_UNVERIFIED_GLOBAL_PER_SECOND: '3' });

    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        gw.queryText(LIST, {}, asKey(BAD_KEY, `00000000-0000-4000-8000-0000000000${10 + i}`)),
      ),
    );

    const codes = results.map((r) => r.errors?.[0]?.extensions?.code);
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(9);
    expect(badKeyCalls().length).toBeLessThanOrEqual(3);
  });

  it('are proven by a 2xx: the next operation runs in full', async () => {
    const gw = await gateway({ RATE_LIMIT_UNVERIFIED_PER_SECOND: '1' });

    const first = await gw.query(InboxDocument, {}, asKey(suite.simulator.accessKey));
    const second = await gw.query(InboxDocument, {}, asKey(suite.simulator.accessKey));

    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.conversations.edges).toHaveLength(20);
    expect(suite.simulator.requests.count({ auth: 'ok' })).toBe(42);
  });

  it('do not starve a token holder: a bad-key flood leaves the inbox complete', async () => {
    suite.simulator.setRateLimit({ getPerSecond: 50, postPerSecond: 500 });
    const gw = await tokenMode({
      GATEWAY_FORWARD_CLIENT_KEYS: 'true',
      RATE_LIMIT_GET_PER_SECOND: '50',
    });
    let flooding = true;
    let floodRequests = 0;
    const flood = async () => {
      for (let i = 0; flooding; i++) {
        floodRequests += 1;
        await gw.queryText(LOOKUPS, {}, asKey(`${BAD_KEY}-${i}`));
      }
    };
    const flooders = Array.from({ length: 8 }, flood);

    const inboxes: InboxQuery[] = [];
    for (let i = 0; i < 2; i++) {
      const result = await gw.query(InboxDocument, {}, { authorization: `Bearer ${TOKEN}` });
      expect(result.errors).toBeUndefined();
      if (result.data) inboxes.push(result.data);
    }
    flooding = false;
    await Promise.all(flooders);

    expect(inboxes.map((inbox) => inbox.conversations.edges.length)).toEqual([20, 20]);
    expect(suite.simulator.requests.count({ status: 429 })).toBe(0);
    // Each flood request cost at most one call, within the allowance of 2 per second.
    const bad = badKeyCalls();
    expect(bad.length).toBeLessThanOrEqual(floodRequests);
    const spanS = ((bad.at(-1)?.at ?? 0) - (bad[0]?.at ?? 0)) / 1000;
    expect(bad.length).toBeLessThanOrEqual(2 * Math.ceil(spanS + 1));
  });
});

describe('a 401 or 403 from Bird', () => {
  it.each([401, 403])(
    'halts the operation at the first %i: its calls not yet sent are never sent',
    async (status) => {
      const gw = await tokenMode({ UPSTREAM_CONCURRENCY_PER_REQUEST: '1' });
      const held = { authorization: `Bearer ${TOKEN}` };
      const list = await gw.query(TEN_IDS, {}, held);
      const ids = list.data?.conversations.nodes.map((n) => n.id) ?? [];
      expect(ids).toHaveLength(10);
      const lookups = ids.map((id, i) => `c${i}: conversation(id: "${id}") { id }`).join(' ');
      suite.simulator.requests.clear();
      suite.simulator.faults.inject({
        path: '/workspaces/*/conversations/*',
        kind: 'status',
        status,
      });

      const result = await gw.queryText(`{ ${lookups} }`, {}, held);

      const code = status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN';
      expect(result.errors?.map((e) => e.extensions?.code)).toEqual(Array(10).fill(code));
      expect(suite.simulator.requests.count()).toBe(1);
    },
  );

  it('to a key used for another workspace costs that request one call', async () => {
    const other = suite.simulator.tenants[1];
    if (other === undefined) throw new Error('the simulator has a second workspace');
    const gw = await gateway({ RATE_LIMIT_UNVERIFIED_PER_SECOND: '100' });

    const result = await gw.queryText(LOOKUPS, {}, asKey(other.accessKey));

    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(suite.simulator.requests.count()).toBe(1);
  });
});
