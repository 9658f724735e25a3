import { once } from 'node:events';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { createLogger } from '../../src/observability/logger.js';
import { createGateway, type Gateway } from '../../src/server.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { documents } from '../contenders/documents.js';
import { RestApi } from '../contenders/rest/restApi.js';
import { restInbox } from '../contenders/rest/screens.js';
import { checkFreshness } from '../freshness.js';
import { graphqlCall } from '../http.js';
import type { ChangingBird } from '../inboundStream.js';
import { BIRD_LIMITS, graphqlAsker, runFreshBudget } from '../scenarios/budget.js';

const KEY = 'bench-test-webhook-signing-key-0123456789';
const quiet = new Writable({
  write: (_chunk, _encoding, done) => {
    done();
  },
});

let sim: Simulator;
let conversationIds: string[];

/** Bird as the scenario sees it, over the in-process simulator. */
function bird(): ChangingBird {
  return {
    // Async, so that Bird refusing a closed conversation is a rejection the stream skips.
    inbound: async (conversationId) => {
      await Promise.resolve();
      return sim.simulateInbound({ conversationId });
    },
    webhookAttempts: async () => {
      await sim.webhooks.idle();
      return sim.webhooks.attempts().map((a) => ({
        event: a.event,
        conversationId: a.conversationId,
        status: a.status ?? 0,
        at: a.at,
      }));
    },
  };
}

/** A gateway on port 0 that takes Bird's webhooks, with its cache on or off. */
async function startGateway(cached: boolean): Promise<{ gateway: Gateway; origin: string }> {
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: '0',
    LOG_LEVEL: 'error',
    BIRD_API_URL: sim.url,
    BIRD_WORKSPACE_ID: sim.workspaceId,
    BIRD_ACCESS_KEY: sim.accessKey,
    GATEWAY_ALLOW_ANONYMOUS: 'true',
    WEBHOOK_SIGNING_KEY: KEY,
    ...(cached ? {} : { CACHE_TTL_SECONDS: '0' }),
  });
  const gateway = await createGateway(config, { logger: createLogger('error', quiet) });
  gateway.server.listen(0, '127.0.0.1');
  await once(gateway.server, 'listening');
  const address = gateway.server.address();
  if (address === null || typeof address === 'string') throw new Error('No port');
  return { gateway, origin: `http://127.0.0.1:${address.port}` };
}

/**
 * The scenario in small, over Bird's 50 GET/s: 4 agents for 1.5 s while a message arrives every
 * 150 ms, each delivered to the gateway as a signed webhook. Also returns the inbox as shown
 * before the first message and once the run is over.
 */
async function tinyBudget(cached: boolean) {
  sim.reset();
  const { gateway, origin } = await startGateway(cached);
  try {
    sim.webhooks.subscribe({
      service: 'conversations',
      event: 'conversation.updated',
      url: `${origin}/webhooks/bird/${sim.workspaceId}`,
      signingKey: KEY,
    });
    const asker = graphqlAsker(origin, graphqlCall('/graphql', documents().inbox, { first: 20 }));
    const before = await asker.ask();
    sim.setRateLimit(BIRD_LIMITS);
    sim.requests.clear();
    const result = await runFreshBudget({
      asker,
      bird: bird(),
      conversationIds,
      agents: 4,
      durationS: 1.5,
      inboundEveryMs: 150,
      webhooks: true,
    });
    const gets = sim.requests.count({ method: 'GET' });
    sim.setRateLimit(false);
    const after = await asker.ask();
    await asker.close();
    return { ...result, gets, before: before.ids, after: after.ids };
  } finally {
    sim.setRateLimit(false);
    await gateway.stop();
    gateway.server.close();
  }
}

beforeAll(async () => {
  sim = await startSimulator({ port: 0, requestLogLimit: 100_000 });
  const api = new RestApi({
    origin: sim.url,
    workspaceId: sim.workspaceId,
    accessKey: sim.accessKey,
  });
  const shown = await restInbox(api);
  await api.close();
  conversationIds = shown.filter((id) => id.startsWith('c:')).map((id) => id.slice(2));
});

afterAll(async () => {
  await sim.close();
});

describe('the workspace budget scenario (a stream of signed webhooks, every screen checked)', () => {
  it('calls a screen stale when it misses an acknowledged message, and a screen read from Bird fresh', async () => {
    const run = await tinyBudget(false);
    expect(run.freshness.messages).toBeGreaterThan(0);
    expect(run.freshness.unacknowledged).toBe(0);
    expect(run.known).toHaveLength(run.freshness.messages);
    if (run.before === null || run.after === null) throw new Error('An inbox was not shown');
    // Both screens as if asked for a second after the last acknowledgement: the one shown before
    // any message arrived misses them all; the uncached gateway's last one read them from Bird.
    const requestedAt = Math.max(...run.known.map((m) => m.knownAt)) + 1000;
    const stale = checkFreshness([{ requestedAt, ids: run.before }], run.known);
    expect(stale.stale).toBe(1);
    expect(stale.maxLagMs).toBeGreaterThan(1000);
    expect(checkFreshness([{ requestedAt, ids: run.after }], run.known).stale).toBe(0);
  });

  it('costs Bird fewer calls per served screen with the cache on', async () => {
    const uncached = await tinyBudget(false);
    const cached = await tinyBudget(true);
    const served = (r: typeof cached) => r.run.outcomes.ok ?? 0;
    expect(served(cached)).toBeGreaterThan(0);
    expect(cached.gets / served(cached)).toBeLessThan(
      uncached.gets / Math.max(1, served(uncached)),
    );
  });
});
