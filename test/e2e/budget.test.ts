/**
 * A workspace's rate budget as operations see it (issue 11, findings 2 and 8): an operation is
 * admitted as a unit or refused whole before any call, a batch's operations share one cost
 * ceiling, and a `Retry-After` of days blocks a workspace no longer than the configured cap.
 */
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { type GraphQLResult, type TestGateway } from '../helpers/gateway.js';
import { withSharedSimulator } from '../helpers/sharedSimulator.js';
import { waitFor } from '../helpers/waitFor.js';

/** Finding 8: estimated at 101 calls, one per conversation plus the list. */
const WIDE = graphql(`
  query BudgetWide {
    conversations(first: 100) {
      nodes {
        id
        messages(first: 1) {
          totalCount
        }
      }
    }
  }
`);
const LIST = `{ conversations(first: 1) { nodes { id } } }`;

const suite = withSharedSimulator();

/**
 * A gateway over the simulator with Bird's documented 50 GET/s enforced on both sides. The
 * simulator shares the test's event loop, so a burst of 50 calls reaches it spread over a few
 * hundred milliseconds: `roomy` gives the gateway's windows a margin that covers that spread.
 */
const roomy = { RATE_LIMIT_MARGIN_MS: '600', RATE_LIMIT_MAX_WAIT_MS: '3600' };

function gateway(env: Record<string, string> = {}): Promise<TestGateway> {
  suite.simulator.setRateLimit({ getPerSecond: 50, postPerSecond: 500 });
  return suite.gateway({ env: { RATE_LIMIT_GET_PER_SECOND: '50', ...env } });
}

const code = (result: GraphQLResult) => result.errors?.[0]?.extensions?.code;

describe('admission as a unit', () => {
  it('refuses an operation the workspace could never serve within the wait, with no call', async () => {
    const gw = await gateway();

    const result = await gw.query(WIDE);

    expect(result.data).toBeUndefined();
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'QUERY_TOO_COSTLY',
      cost: { estimate: 101, ceiling: 50 },
    });
    expect(suite.simulator.requests.count()).toBe(0);
  });

  it('serves it complete when the allowed wait makes room for all its calls', async () => {
    const gw = await gateway(roomy);

    const result = await gw.query(WIDE);

    expect(result.errors).toBeUndefined();
    expect(result.data?.conversations.nodes).toHaveLength(100);
    expect(suite.simulator.requests.count({ status: 429 })).toBe(0);
  });

  it('refuses it whole with RATE_LIMITED and retryAfterMs while a neighbour holds the budget', async () => {
    const gw = await gateway(roomy);

    const [a, b] = await Promise.all([gw.query(WIDE), gw.query(WIDE)]);

    const results = [a, b];
    const served = results.filter((r) => r.errors === undefined);
    const refused = results.filter((r) => r.errors !== undefined);
    expect(served).toHaveLength(1);
    expect(served[0]?.data?.conversations.nodes).toHaveLength(100);
    expect(refused).toHaveLength(1);
    expect(refused[0]?.status).toBe(429);
    expect(refused[0]?.data).toBeUndefined();
    expect(refused[0]?.errors).toHaveLength(1);
    expect(refused[0]?.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(refused[0]?.errors?.[0]?.extensions?.retryAfterMs).toBeGreaterThan(0);
    // Only the admitted operation called Bird: 101 calls, none refused by Bird.
    expect(suite.simulator.requests.count()).toBe(101);
    expect(suite.simulator.requests.count({ status: 429 })).toBe(0);
  });

  it('counts a batch’s operations against one ceiling', async () => {
    const gw = await suite.gateway({ env: { MAX_UPSTREAM_CALLS: '50' } });
    const screen = {
      query: `{ conversations(first: 20) { nodes { messages(first: 1) { nodes { id } } } } }`,
    };

    const response = await fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([screen, screen, screen]),
    });
    const text = await response.text();

    // 3 × 21 calls is over 50: two operations run, the third is refused before any call.
    expect(text.match(/"QUERY_TOO_COSTLY"/g)).toHaveLength(1);
    expect(text).toContain('this batch');
    expect(suite.simulator.requests.count()).toBe(42);
  });
});

describe('Retry-After penalties', () => {
  it('block reads no longer than UPSTREAM_RETRY_AFTER_CAP_MS, then probe Bird again', async () => {
    const gw = await gateway({ UPSTREAM_RETRY_AFTER_CAP_MS: '300' });
    suite.simulator.faults.inject({
      method: 'GET',
      path: '/workspaces/*/conversations',
      kind: 'status',
      status: 429,
      retryAfter: 999_999,
    });

    const first = await gw.queryText(LIST);
    expect(first.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 300,
    });

    const waits: unknown[] = [];
    const healthy = await waitFor(
      async () => {
        const result = await gw.queryText(LIST);
        if (code(result) === 'RATE_LIMITED')
          waits.push(result.errors?.[0]?.extensions?.retryAfterMs);
        return result.errors === undefined ? result : null;
      },
      { deadline: 15_000, interval: 20, message: 'reads stayed blocked' },
    );

    expect(healthy.data).toBeTruthy();
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(300);
    // The 429, then the probe that found Bird healthy again: nothing else was sent meanwhile.
    expect(suite.simulator.requests.count()).toBe(2);
  });
});
