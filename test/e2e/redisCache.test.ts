/**
 * One cache across instances (issue 15): three gateways with the response cache on, one real Redis,
 * one simulator. A screen one instance fetched costs the others no upstream call (Redis L2), a write
 * or a webhook seen by one instance is seen by the next read on every instance, workspaces never
 * share entries, and while Redis is away the cache keeps serving correct answers from memory alone,
 * returning to the shared cache when Redis is back.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeGlobalId } from '../../src/ids/globalId.js';
import { startSimulator, type Simulator } from '../../src/simulator/index.js';
import {
  ConversationThreadDocument,
  InboxDocument,
  SendReplyDocument,
  type InboxQuery,
} from '../gql/graphql.js';
import { deliver, delivery, envelope } from '../helpers/birdWebhooks.js';
import { startTestGateway, type GraphQLResult, type TestGateway } from '../helpers/gateway.js';
import { withRedis } from '../helpers/redis.js';
import { Received, sseClient } from '../helpers/subscriptions.js';
import { waitFor } from '../helpers/waitFor.js';

const KEY = 'whsec-test-signing-key-0123456789';
const PUBLIC_URL = 'https://gw.example.com';
const { skip, redis } = withRedis();

const readyz = z.object({
  shared: z.object({ redis: z.enum(['up', 'down']), cache: z.enum(['shared', 'local', 'off']) }),
});
const conversationSchema = z.looseObject({ id: z.string(), updatedAt: z.string() });

async function shared(gw: TestGateway) {
  const response = await fetch(new URL('/readyz', gw.url));
  return readyz.parse(await response.json()).shared;
}

/** True when the answer is data, or a typed error a client can act on. */
function correct(result: GraphQLResult): boolean {
  if (result.errors === undefined) return result.data !== undefined && result.data !== null;
  return result.errors.every((e) => typeof e.extensions?.code === 'string');
}

function birdIdOf(globalId: string): string {
  const decoded = decodeGlobalId(globalId);
  if (decoded?.kind !== 'Conversation') throw new Error(`not a conversation id: ${globalId}`);
  return decoded.conversationId;
}

const lastMessageOf = (inbox: InboxQuery | null | undefined, id: string) =>
  inbox?.conversations.edges.find((e) => e.node.id === id)?.node.lastMessage?.messageId;

describe.skipIf(skip !== null)('one response cache across instances on Redis', () => {
  let simulator: Simulator;
  let gateways: TestGateway[] = [];
  /** Another writer of the workspace (an agent elsewhere): no Redis, no cache. */
  let elsewhere: TestGateway;
  let one: TestGateway;
  let two: TestGateway;
  let three: TestGateway;

  const asKey = (key = simulator.accessKey, workspaceId = simulator.workspaceId) => ({
    authorization: `AccessKey ${key}`,
    'x-bird-workspace-id': workspaceId,
  });
  const inbox = (gw: TestGateway) => gw.query(InboxDocument, {}, asKey());
  const thread = (gw: TestGateway, id: string) =>
    gw.query(ConversationThreadDocument, { id }, asKey());
  const firstId = (result: GraphQLResult<InboxQuery>) => {
    const id = result.data?.conversations.edges[0]?.node.id;
    if (id === undefined) throw new Error(`the inbox is empty: ${result.text}`);
    return id;
  };
  async function reply(gw: TestGateway, conversationId: string, text: string) {
    const participantId = simulator.tenants[0]?.accessKeyId ?? '';
    const sent = await gw.query(
      SendReplyDocument,
      { conversationId, participantId, text },
      asKey(),
    );
    const node = sent.data?.replyToConversation.messageEdge?.node;
    if (node == null) throw new Error(`the reply failed: ${sent.text}`);
    return node.id;
  }

  /** Signs and delivers Bird's current version of a conversation to `gw`, as Bird would. */
  async function webhookUpdated(gw: TestGateway, id: string) {
    const { body } = await elsewhere.rest(
      conversationSchema,
      'GET',
      `/conversations/${birdIdOf(id)}`,
    );
    const path = `/webhooks/bird/${simulator.workspaceId}`;
    const signed = delivery(KEY, PUBLIC_URL + path, envelope('conversation.updated', body));
    expect((await deliver(`${new URL(gw.url).origin}${path}`, signed)).status).toBe(200);
    return body;
  }

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0, requestLogLimit: 10_000 });
    gateways = await Promise.all(
      [1, 2, 3].map(() =>
        startTestGateway({
          live: true,
          sharedSimulator: simulator,
          env: {
            REDIS_URL: redis().url,
            REDIS_KEY_PREFIX: `c${String(redis().port)}:`,
            CACHE_TTL_SECONDS: '300',
            // One deployment: cursors work on any instance.
            CURSOR_SECRET: 'one-cursor-secret-for-all-three-instances',
            WEBHOOK_SIGNING_KEY: KEY,
            PUBLIC_URL,
          },
        }),
      ),
    );
    [one, two, three] = gateways as [TestGateway, TestGateway, TestGateway];
    elsewhere = await startTestGateway({ live: true, sharedSimulator: simulator });
    await Promise.all(gateways.map((gw) => waitFor(async () => (await shared(gw)).redis === 'up')));
    await Promise.all(
      gateways.map((gw) => gw.gateway.shared?.bus.subscribed() ?? Promise.resolve()),
    );
  });
  afterAll(async () => {
    await Promise.all([...gateways, elsewhere].map((gw) => gw.close()));
    await simulator.close();
  });
  beforeEach(() => {
    simulator.requests.clear();
  });

  it('serves a screen instance 1 fetched to instance 2 with no upstream call', async () => {
    const cold = await inbox(one);
    const id = firstId(cold);
    const coldThread = await thread(one, id);
    expect(one.calls().length).toBeGreaterThan(0);

    one.clearCalls();
    const warm = await inbox(two);
    const warmThread = await thread(two, id);

    expect(two.calls()).toEqual([]);
    expect(warm.data).toEqual(cold.data);
    expect(warmThread.data).toEqual(coldThread.data);
  });

  it('shows a reply sent through instance 1 in the very next thread and inbox reads on instance 3, before instance 3 hears of it', async () => {
    const id = firstId(await inbox(three));
    await thread(three, id);
    // Instance 3 hears nothing from Redis pub/sub (events, cache bus) until the end of the test:
    // only the shared generation counters can tell it that its memory is stale.
    const heard = three.gateway.shared?.connection.subscriber().stream;
    heard?.pause();
    try {
      const sent = await reply(one, id, 'seen everywhere at once');

      const next = await thread(three, id);
      expect(next.data?.conversation?.messages?.edges.map((e) => e.node.id)).toContain(sent);
      expect(lastMessageOf((await inbox(three)).data, id)).toBe(sent);
    } finally {
      heard?.resume();
    }
  });

  it('drops the cached inbox of instances 1 and 3 when a signed webhook reaches instance 2', async () => {
    const id = firstId(await inbox(one));
    await inbox(three);
    const sent = await reply(elsewhere, id, 'arrived through Bird');
    // Cached: a change made elsewhere is not seen until Bird says so.
    expect(lastMessageOf((await inbox(one)).data, id)).not.toBe(sent);

    await webhookUpdated(two, id);

    for (const gw of [one, three]) {
      await waitFor(async () => lastMessageOf((await inbox(gw)).data, id) === sent, {
        message: 'the cached inbox never showed the webhook change',
      });
    }
  });

  it('fetches the message of a webhook once for subscribers on two instances, one after the other', async () => {
    const stops: (() => void)[] = [];
    const subscribe = (gw: TestGateway) => {
      const received = new Received<{ messageAdded: { id: string } }>();
      const stop = sseClient(gw, asKey()).subscribe<{ messageAdded: { id: string } }>(
        { query: 'subscription { messageAdded { id: birdId } }' },
        {
          next: (result) => {
            if (result.data) received.push(result.data);
          },
          error: (error) => {
            received.fail(error);
          },
          complete: () => undefined,
        },
      );
      stops.push(stop);
      return received;
    };
    const first = subscribe(one);
    const second = subscribe(two);
    await waitFor(() => one.gateway.subscriptions.size + two.gateway.subscriptions.size === 2);
    const id = firstId(await inbox(one));
    await reply(elsewhere, id, 'one GET for the cluster');
    // Instance 2 hears the event only after instance 1's subscriber has its message.
    const heard = two.gateway.shared?.connection.subscriber().stream;
    heard?.pause();
    simulator.requests.clear();
    const body = await webhookUpdated(one, id);
    const messageId = z.object({ lastMessage: z.object({ id: z.string() }) }).parse(body)
      .lastMessage.id;
    const fetches = () =>
      simulator.requests
        .entries({ method: 'GET' })
        .filter((e) => e.path.endsWith(`/messages/${messageId}`)).length;

    await first.until((d) => d.messageAdded.id === messageId, 'the message on instance 1');
    heard?.resume();
    await second.until((d) => d.messageAdded.id === messageId, 'the message on instance 2');
    stops.forEach((stop) => {
      stop();
    });

    expect(fetches()).toBe(1);
  });

  it('never gives workspace B the entries of workspace A, nor stores a key in Redis', async () => {
    const b = simulator.tenants[1];
    if (b === undefined) throw new Error('the simulator has no second workspace');
    const a = await inbox(one);

    one.clearCalls();
    const other = await two.query(InboxDocument, {}, asKey(b.accessKey, b.workspaceId));

    expect(other.errors).toBeUndefined();
    expect(two.calls().length).toBeGreaterThan(0);
    const ids = (q: GraphQLResult<InboxQuery>) => q.data?.conversations.edges.map((e) => e.node.id);
    expect(ids(other)?.filter((id) => ids(a)?.includes(id))).toEqual([]);
    const client = new Redis(redis().url);
    try {
      const keys = await client.keys('*');
      expect(keys.some((k) => k.includes(encodeURIComponent(b.workspaceId)))).toBe(true);
      expect(keys.filter((k) => !k.startsWith(`c${String(redis().port)}:`))).toEqual([]);
      expect(
        keys.filter((k) => k.includes(simulator.accessKey) || k.includes(b.accessKey)),
      ).toEqual([]);
    } finally {
      client.disconnect();
    }
  });

  it('answers correctly while Redis is killed under load and shares the cache again after', async () => {
    const id = firstId(await inbox(one));
    const load = () =>
      Promise.all(gateways.flatMap((gw) => [inbox(gw), thread(gw, id), inbox(gw)]));
    const during = load();
    await redis().stop();
    await Promise.all(
      gateways.map((gw) => waitFor(async () => (await shared(gw)).cache === 'local')),
    );
    const whileDown = await load();
    // A write while Redis is down is still seen by the next read on the same instance.
    const sent = await reply(one, id, 'while Redis is down');
    expect(lastMessageOf((await inbox(one)).data, id)).toBe(sent);
    expect((await during).every(correct)).toBe(true);
    expect(whileDown.every(correct)).toBe(true);
    expect(whileDown.filter((r) => r.errors === undefined).length).toBeGreaterThan(0);

    await redis().start();
    await Promise.all(
      gateways.map((gw) => waitFor(async () => (await shared(gw)).cache === 'shared')),
    );
    // Shared again once instance 1 has replayed its invalidations: then instance 1's read is an
    // L2 hit for instance 3.
    const { fetched, again } = await waitFor(async () => {
      const fetched = await inbox(one);
      simulator.requests.clear();
      const again = await inbox(three);
      return three.calls().length === 0 ? { fetched, again } : null;
    });

    expect(again.data).toEqual(fetched.data);
    expect(lastMessageOf(again.data, id)).toBe(sent);
  });
});
