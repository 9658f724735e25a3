/**
 * Shared mode (issue 15): three gateways, one real Redis, one simulator enforcing Bird's 50 GET/s.
 * The instances share one budget per workspace, deliver each other's events exactly once, recognise
 * each other's deliveries, and keep serving on local state while Redis is away, returning to shared
 * state when it is back.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { GatewayEvent } from '../../src/realtime/events.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import { startTestGateway, type GraphQLResult, type TestGateway } from '../helpers/gateway.js';
import { withRedis } from '../helpers/redis.js';
import { birdConversation, deliver, delivery, envelope } from '../helpers/birdWebhooks.js';
import { deferred, waitFor } from '../helpers/waitFor.js';

const LIST = `{ conversations(first: 1) { nodes { id } } }`;
const LIMIT = 50;
const KEY = 'whsec-test-signing-key-0123456789';
/** The instances' one public origin, as behind a load balancer: the URL Bird signs. */
const PUBLIC_URL = 'https://gw.example.com';
const { skip, redis } = withRedis();

const readyz = z.object({ shared: z.object({ redis: z.enum(['up', 'down']) }) });

async function redisHealth(gw: TestGateway): Promise<'up' | 'down'> {
  const response = await fetch(new URL('/readyz', gw.url));
  return readyz.parse(await response.json()).shared.redis;
}

/** True when the answer is data, or a typed error a client can act on. */
function correct(result: GraphQLResult): boolean {
  if (result.errors === undefined) return result.data !== undefined && result.data !== null;
  return result.errors.every((e) => typeof e.extensions?.code === 'string');
}

/** The most GETs the simulator saw for the workspace within any one second. */
function busiestSecond(sim: Simulator): number {
  const times = sim.requests
    .entries({ method: 'GET', workspaceId: sim.workspaceId })
    .map((e) => e.at)
    .sort((a, b) => a - b);
  let most = 0;
  let first = 0;
  for (let last = 0; last < times.length; last++) {
    while ((times[last] ?? 0) - (times[first] ?? 0) >= 1000) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

describe.skipIf(skip !== null)('shared mode on Redis', () => {
  let simulator: Simulator;
  let gateways: TestGateway[] = [];

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, requestLogLimit: 10_000 });
    simulator.setRateLimit({ getPerSecond: LIMIT, postPerSecond: 500 });
    // The simulator shares the test's (busy, shared-CPU) event loop: the margin covers a booked
    // call's way to it, which can take most of a second here.
    gateways = await Promise.all(
      [1, 2, 3].map(() =>
        startTestGateway({
          sharedSimulator: simulator,
          env: {
            REDIS_URL: redis().url,
            REDIS_KEY_PREFIX: `t${String(redis().port)}:`,
            RATE_LIMIT_GET_PER_SECOND: String(LIMIT),
            RATE_LIMIT_MARGIN_MS: '1000',
            RATE_LIMIT_MAX_WAIT_MS: '5000',
            WEBHOOK_SIGNING_KEY: KEY,
            PUBLIC_URL,
          },
        }),
      ),
    );
    await Promise.all(gateways.map((gw) => waitFor(async () => (await redisHealth(gw)) === 'up')));
  });
  afterAll(async () => {
    await Promise.all(gateways.map((gw) => gw.close()));
    await simulator.close();
  });

  const load = (perGateway: number) =>
    Promise.all(
      gateways.flatMap((gw) => Array.from({ length: perGateway }, () => gw.queryText(LIST))),
    );

  it('shapes the three instances together to 50 GET/s: no upstream 429', async () => {
    simulator.requests.clear();

    const results = await load(30);

    expect(results.every(correct)).toBe(true);
    expect(results.filter((r) => r.errors === undefined).length).toBeGreaterThan(LIMIT);
    expect(simulator.requests.count({ status: 429 })).toBe(0);
    expect(busiestSecond(simulator)).toBeLessThanOrEqual(LIMIT);
  });

  it('delivers an event published on one instance once to every instance', async () => {
    await Promise.all(
      gateways.map((gw) => gw.gateway.shared?.bus.subscribed() ?? Promise.resolve()),
    );
    const seen = gateways.map(() => [] as string[]);
    const stops = gateways.map((gw, i) =>
      gw.gateway.events.subscribe(simulator.workspaceId, (e) => seen[i]?.push(e.eventId)),
    );
    const event = (eventId: string): GatewayEvent => ({
      type: 'conversation.deleted',
      workspaceId: simulator.workspaceId,
      conversationId: 'c1',
      eventId,
      source: 'webhook',
    });

    gateways[0]?.gateway.events.publish(event('first'));
    // One channel keeps order: once the marker is in, a duplicate of `first` would be too.
    gateways[0]?.gateway.events.publish(event('marker'));
    await waitFor(() => seen.every((ids) => ids.includes('marker')));
    stops.forEach((stop) => {
      stop();
    });

    expect(seen).toEqual([
      ['first', 'marker'],
      ['first', 'marker'],
      ['first', 'marker'],
    ]);
  });

  it('delivers an event once everywhere when its PUBLISH reached Redis but the answer timed out', async () => {
    await Promise.all(
      gateways.map((gw) => gw.gateway.shared?.bus.subscribed() ?? Promise.resolve()),
    );
    const client = gateways[0]?.gateway.shared?.connection.client;
    if (client === undefined) throw new Error('instance 1 is not in shared mode');
    const seen = gateways.map(() => [] as string[]);
    const stops = gateways.map((gw, i) =>
      gw.gateway.events.subscribe(simulator.workspaceId, (e) => seen[i]?.push(e.eventId)),
    );
    const event = (eventId: string): GatewayEvent => ({
      type: 'conversation.deleted',
      workspaceId: simulator.workspaceId,
      conversationId: 'c1',
      eventId,
      source: 'webhook',
    });
    const publish = client.publish.bind(client);
    const sent = deferred();
    const spy = vi
      .spyOn(client, 'publish')
      .mockImplementationOnce(async (channel: string | Buffer, message: string | Buffer) => {
        await publish(channel, message);
        sent.resolve();
        throw new Error('Command timed out');
      });

    gateways[0]?.gateway.events.publish(event('timed-out'));
    await sent.promise;
    await waitFor(() => seen[0]?.includes('timed-out'));
    spy.mockRestore();
    gateways[0]?.gateway.events.publish(event('marker'));
    await waitFor(() => seen.every((ids) => ids.includes('marker')));
    stops.forEach((stop) => {
      stop();
    });

    expect(seen.map((ids) => ids.filter((id) => id === 'timed-out').length)).toEqual([1, 1, 1]);
  });

  it('publishes a webhook delivered to instance 1 once on every instance, and its retry to instance 2 not at all', async () => {
    await Promise.all(
      gateways.map((gw) => gw.gateway.shared?.bus.subscribed() ?? Promise.resolve()),
    );
    const path = `/webhooks/bird/${simulator.workspaceId}`;
    const at = (gw: TestGateway | undefined) => `${new URL(gw?.url ?? '').origin}${path}`;
    const conversation = (id: string) =>
      delivery(
        KEY,
        PUBLIC_URL + path,
        envelope('conversation.created', birdConversation(id, '2026-11-30T10:00:00.000Z')),
      );
    const seen = gateways.map(() => [] as string[]);
    const stops = gateways.map((gw, i) =>
      gw.gateway.events.subscribe(simulator.workspaceId, (e) => {
        if (e.type === 'conversation.created') seen[i]?.push(e.conversation.id);
      }),
    );
    const [one, two] = gateways;

    const first = conversation('c-redis');
    expect((await deliver(at(one), first)).status).toBe(200);
    expect((await deliver(at(two), first)).status).toBe(200);
    await two?.gateway.webhooks?.idle();
    // One channel keeps order: once the barrier is in everywhere, a duplicate would be too.
    expect((await deliver(at(one), conversation('c-barrier'))).status).toBe(200);
    await waitFor(() => seen.every((ids) => ids.includes('c-barrier')));
    stops.forEach((stop) => {
      stop();
    });

    expect(seen).toEqual([
      ['c-redis', 'c-barrier'],
      ['c-redis', 'c-barrier'],
      ['c-redis', 'c-barrier'],
    ]);
  });

  it('admits operations as a unit across instances: places held on instance 1 count on instance 2', async () => {
    const [one, two] = gateways.map((gw) => gw.gateway.shared?.shaper);
    if (one === undefined || two === undefined) throw new Error('not in shared mode');
    // A workspace of its own: an empty window. 100 calls fit within the 5 s wait; 200 do not.
    const ws = `admission-${String(Date.now())}`;

    const first = await one.admit(ws, 'read', 100);
    expect(first.kind).toBe('admitted');
    expect((await two.admit(ws, 'read', 100)).kind).toBe('wait');

    const tickets = first.kind === 'admitted' ? first.tickets : null;
    for (let i = 0; i < 60; i++) tickets?.take();
    // 40 places still held: 140 fit.
    const second = await waitFor(async () => {
      const admission = await two.admit(ws, 'read', 100);
      return admission.kind === 'admitted' ? admission : null;
    });
    tickets?.release();
    second.tickets?.release();
  });

  it('recognises on instance 2 a delivery id instance 1 claimed', async () => {
    const [one, two] = gateways;
    expect(await one?.gateway.dedupe.claim('delivery-1', 60_000)).toBe(true);
    expect(await two?.gateway.dedupe.claim('delivery-1', 60_000)).toBe(false);
    expect(await two?.gateway.dedupe.claim('delivery-2', 60_000)).toBe(true);
  });

  it('finds on instance 3 a persisted query registered through instance 1', async () => {
    const sha256Hash = createHash('sha256').update(LIST).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const post = async (gw: TestGateway | undefined, body: object) => {
      const response = await fetch(gw?.url ?? '', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const nodes = z.object({
        conversations: z.object({ nodes: z.array(z.object({ id: z.string() })) }),
      });
      return z.object({ data: nodes.optional() }).parse(await response.json());
    };
    const [one, , three] = gateways;
    expect((await post(three, { extensions })).data).toBeUndefined();

    await post(one, { query: LIST, extensions });
    const found = await post(three, { extensions });

    expect(found.data?.conversations.nodes).toHaveLength(1);
  });

  it('serves on local state while Redis is down and returns to shared state after', async () => {
    const during = load(10);
    await redis().stop();
    await Promise.all(
      gateways.map((gw) => waitFor(async () => (await redisHealth(gw)) === 'down')),
    );
    const whileDown = await load(5);
    expect((await during).every(correct)).toBe(true);
    expect(whileDown.every(correct)).toBe(true);
    expect(whileDown.filter((r) => r.errors === undefined).length).toBeGreaterThan(0);

    await redis().start();
    await Promise.all(gateways.map((gw) => waitFor(async () => (await redisHealth(gw)) === 'up')));
    const shapedBefore = gateways.map((gw) => gw.gateway.shared?.shaper.counts.shared ?? 0);
    const after = await load(5);

    expect(after.every(correct)).toBe(true);
    gateways.forEach((gw, i) => {
      expect(gw.gateway.shared?.shaper.counts.shared).toBeGreaterThan(shapedBefore[i] ?? 0);
    });
  });
});
